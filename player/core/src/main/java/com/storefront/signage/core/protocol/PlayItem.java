package com.storefront.signage.core.protocol;

import java.util.Objects;

/**
 * One entry of a display's loop: a slide or a video to show for a while, and where it came from
 * (for proof-of-play). Exactly one of {@code slide} and {@code video} is set; {@code slideId} names
 * the slide, and is null for a video item (the video's sha256 names it).
 */
public record PlayItem(
        String id,
        String campaignId,
        String playlistId,
        String slideId,
        long durationMs,
        SlideSpec slide,
        VideoRef video) {

    public PlayItem {
        Objects.requireNonNull(id, "id");
        if ((slide == null) == (video == null)) {
            throw new IllegalArgumentException("a play item shows exactly one of a slide and a video");
        }
        if (slide != null) {
            Objects.requireNonNull(slideId, "slideId");
        }
        if (durationMs < 1000) {
            throw new IllegalArgumentException("durationMs must be at least 1000, was " + durationMs);
        }
    }

    /** A slide item. */
    public PlayItem(String id, String campaignId, String playlistId, String slideId, long durationMs, SlideSpec slide) {
        this(id, campaignId, playlistId, slideId, durationMs, slide, null);
    }

    /** A video item. */
    public static PlayItem ofVideo(String id, String campaignId, String playlistId, long durationMs, VideoRef video) {
        return new PlayItem(id, campaignId, playlistId, null, durationMs, null, Objects.requireNonNull(video, "video"));
    }

    public boolean showsVideo() {
        return video != null;
    }
}
