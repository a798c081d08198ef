package com.storefront.signage.server.playlist;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.UUID;

public record PlaylistItem(UUID slideId, long durationMs) {
    public PlaylistItem {
        require(slideId != null, "items.slideId", "is required");
        require(durationMs >= 1000 && durationMs <= 3_600_000, "items.durationMs", "must be between 1000 ms and one hour");
    }
}
