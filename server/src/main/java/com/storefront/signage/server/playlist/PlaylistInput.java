package com.storefront.signage.server.playlist;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.List;

public record PlaylistInput(String name, List<PlaylistItem> items) {
    public PlaylistInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(items != null && !items.isEmpty() && items.size() <= 200, "items", "name 1 to 200 slides");
        items = List.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            PlaylistItem item = items.get(i);
            require(item != null, "items." + i, "is empty");
            require(item.slideId() != null, "items." + i + ".slideId", "is required");
            require(item.durationMs() >= 1000 && item.durationMs() <= 3_600_000, "items." + i + ".durationMs",
                    "must be between 1000 ms and one hour");
        }
    }
}
