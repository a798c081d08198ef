package com.storefront.signage.server.http;

/** Thrown by request records' compact constructors: which field is wrong and why. */
public final class FieldError extends IllegalArgumentException {
    private final String field;

    public FieldError(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    public static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new FieldError(field, message);
        }
    }
}
