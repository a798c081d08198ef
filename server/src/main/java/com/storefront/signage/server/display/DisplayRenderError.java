package com.storefront.signage.server.display;

/** A slide a display could not show, as staff see it: which item, which slide and template, why, and how often. */
public record DisplayRenderError(String itemId, String slideId, String templateId, String message,
                                 String firstAt, String lastAt, int count) {
}
