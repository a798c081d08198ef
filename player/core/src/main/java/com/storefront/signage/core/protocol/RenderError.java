package com.storefront.signage.core.protocol;

import java.time.Instant;
import java.util.Objects;

/**
 * A slide or video a player could not show, as it reports it: the screen kept its previous frame,
 * and marketing needs to know which slide is broken where. Repeats of the same failure are folded
 * into {@code count} between {@code firstAt} and {@code lastAt}.
 */
public record RenderError(String itemId, String slideId, String templateId, String message, Instant firstAt, Instant lastAt, int count) {
    public static final int MAX_MESSAGE = 500;

    public RenderError {
        Objects.requireNonNull(itemId, "itemId");
        Objects.requireNonNull(message, "message");
        Objects.requireNonNull(firstAt, "firstAt");
        Objects.requireNonNull(lastAt, "lastAt");
        if (message.isBlank()) {
            throw new IllegalArgumentException("message must not be blank");
        }
        if (message.length() > MAX_MESSAGE) {
            message = message.substring(0, MAX_MESSAGE - 1) + "\u2026";
        }
        if (lastAt.isBefore(firstAt)) {
            throw new IllegalArgumentException("lastAt must not be before firstAt");
        }
        if (count < 1) {
            throw new IllegalArgumentException("count must be at least 1");
        }
    }
}
