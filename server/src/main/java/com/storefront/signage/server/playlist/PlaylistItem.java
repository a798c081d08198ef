package com.storefront.signage.server.playlist;

import java.util.UUID;

/**
 * One entry of a playlist: a slide ({@code slideId}) or an uploaded MP4 ({@code video}, its
 * sha256), exactly one of them, on screen for {@code durationMs}. For a video that is how long it
 * holds the screen, as for a slide: a shorter clip starts again from its beginning, a longer one
 * is cut off; the editor pre-fills the clip's own length so by default it plays once.
 */
public record PlaylistItem(UUID slideId, String video, long durationMs) {
    // checked by PlaylistInput, which knows each item's position and so can name it

    public PlaylistItem(UUID slideId, long durationMs) {
        this(slideId, null, durationMs);
    }

    public static PlaylistItem ofVideo(String sha256, long durationMs) {
        return new PlaylistItem(null, sha256, durationMs);
    }

    public boolean showsVideo() {
        return video != null;
    }
}
