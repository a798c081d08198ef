package com.storefront.signage.server.playlist;

import java.util.UUID;

public record PlaylistItem(UUID slideId, long durationMs) {
    // checked by PlaylistInput, which knows each item's position and so can name it

}
