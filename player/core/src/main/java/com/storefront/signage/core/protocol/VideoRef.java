package com.storefront.signage.core.protocol;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A video file a play item shows, by the sha256 of its bytes, with what the server's upload check
 * read from it (picture size and length), so a player can lay it out and prefetch it before playing.
 */
public record VideoRef(String sha256, int width, int height, long durationMs) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public VideoRef {
        Objects.requireNonNull(sha256, "sha256");
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("video sha256 must be 64 lower-case hex digits");
        }
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("video size must be positive, was " + width + "x" + height);
        }
        if (durationMs <= 0) {
            throw new IllegalArgumentException("video durationMs must be positive, was " + durationMs);
        }
    }
}
