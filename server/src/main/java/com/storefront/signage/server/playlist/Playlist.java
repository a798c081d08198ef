package com.storefront.signage.server.playlist;

import java.util.List;
import java.util.UUID;

/** Slides in order, each with how long it stays on screen. */
public record Playlist(UUID id, String name, List<PlaylistItem> items) {
    public Playlist {
        items = List.copyOf(items);
    }
}
