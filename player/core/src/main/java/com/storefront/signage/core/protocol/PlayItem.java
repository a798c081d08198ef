package com.storefront.signage.core.protocol;

import java.util.Objects;

/** One entry of a display's loop: a slide to show for a while, and where it came from (for proof-of-play). */
public record PlayItem(
        String id,
        String campaignId,
        String playlistId,
        String slideId,
        long durationMs,
        SlideSpec slide) {

    public PlayItem {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(slideId, "slideId");
        Objects.requireNonNull(slide, "slide");
        if (durationMs < 1000) {
            throw new IllegalArgumentException("durationMs must be at least 1000, was " + durationMs);
        }
    }
}
