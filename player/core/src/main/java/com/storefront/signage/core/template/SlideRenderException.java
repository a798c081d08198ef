package com.storefront.signage.core.template;

/** A slide could not be turned into pixels; the caller keeps what it showed before. */
public class SlideRenderException extends RuntimeException {
    public SlideRenderException(String message) {
        super(message);
    }

    public SlideRenderException(String message, Throwable cause) {
        super(message, cause);
    }
}
