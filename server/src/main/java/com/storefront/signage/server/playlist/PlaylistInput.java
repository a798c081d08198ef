package com.storefront.signage.server.playlist;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.List;
import java.util.regex.Pattern;

/** Checks what it can without the database; {@link PlaylistRepository} checks that slides and videos exist. */
public record PlaylistInput(String name, List<PlaylistItem> items) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");

    public PlaylistInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(items != null && !items.isEmpty() && items.size() <= 200, "items", "name 1 to 200 slides or videos");
        items = List.copyOf(items);
        for (int i = 0; i < items.size(); i++) {
            PlaylistItem item = items.get(i);
            require(item != null, "items." + i, "is empty");
            require(item.slideId() != null || item.video() != null, "items." + i, "must name a slide (slideId) or a video (video)");
            require(item.slideId() == null || item.video() == null, "items." + i, "must name a slide or a video, not both");
            require(item.video() == null || SHA256.matcher(item.video()).matches(), "items." + i + ".video",
                    "must be the sha256 of an uploaded video: 64 lower-case hex digits");
            require(item.durationMs() >= 1000 && item.durationMs() <= 3_600_000, "items." + i + ".durationMs",
                    "must be between 1000 ms and one hour");
        }
    }
}
