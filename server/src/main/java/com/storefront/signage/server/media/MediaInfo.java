package com.storefront.signage.server.media;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * Uploaded media as the API lists it; the bytes are fetched by sha256. {@code durationMs} is the
 * length of a video ({@code video/mp4}) and null for an image.
 */
public record MediaInfo(String sha256, String name, String contentType, long sizeBytes, int width, int height, Long durationMs) {
    public static final String VIDEO = "video/mp4";

    @JsonIgnore
    public boolean isVideo() {
        return VIDEO.equals(contentType);
    }
}
