package com.storefront.signage.server.media;

/** Uploaded media as the API lists it; the bytes are fetched by sha256. */
public record MediaInfo(String sha256, String name, String contentType, long sizeBytes, int width, int height) {
}
