package com.storefront.signage.core.protocol;

/**
 * A protocol record refused in its constructor, naming the field (relative to the record) so a
 * receiver can point at it, e.g. {@code plays[3].endedAt}.
 */
public final class InvalidField extends IllegalArgumentException {
    private final String field;

    public InvalidField(String field, String message) {
        super(field + " " + message);
        this.field = field;
    }

    public String field() {
        return field;
    }

    static void require(boolean ok, String field, String message) {
        if (!ok) {
            throw new InvalidField(field, message);
        }
    }
}
