package com.storefront.signage.core.protocol;

import static com.storefront.signage.core.protocol.InvalidField.require;

import java.time.Instant;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Proof of one play: an item that was on a display's screen from {@code startedAt} to
 * {@code endedAt} (the server-corrected clock), with where it came from. {@code key} is the
 * play's idempotency key, a random UUID the player draws when the item goes on screen and keeps in
 * its journal, so every re-send of the same play carries the same key. A play shows a slide
 * ({@code slideId}) or a video ({@code videoSha256}). {@code endedAt} and {@code durationMs} are
 * both null when the player lost power while the item was on screen; otherwise
 * {@code durationMs} is the time on screen measured by the player's monotonic clock, which a clock
 * correction during the play does not disturb. {@code campaignId} is null for the default loop.
 */
public record PlayRecord(
        String key,
        String itemId,
        String campaignId,
        String playlistId,
        String slideId,
        String videoSha256,
        Instant startedAt,
        Instant endedAt,
        Long durationMs,
        String manifestVersion) {
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int MAX_ID = 200;

    public PlayRecord {
        require(key != null && isUuid(key), "key", "must be a UUID");
        require(itemId != null && !itemId.isBlank() && itemId.length() <= MAX_ID, "itemId", "must be 1-" + MAX_ID + " characters");
        require(campaignId == null || (!campaignId.isBlank() && campaignId.length() <= MAX_ID), "campaignId",
                "must be null or 1-" + MAX_ID + " characters");
        require(playlistId == null || (!playlistId.isBlank() && playlistId.length() <= MAX_ID), "playlistId",
                "must be null or 1-" + MAX_ID + " characters");
        require((slideId == null) != (videoSha256 == null), "slideId", "a play shows a slide (slideId) or a video (videoSha256): set exactly one");
        require(slideId == null || (!slideId.isBlank() && slideId.length() <= MAX_ID), "slideId", "must be 1-" + MAX_ID + " characters");
        require(videoSha256 == null || SHA256.matcher(videoSha256).matches(), "videoSha256", "must be 64 lower-case hex digits");
        require(startedAt != null, "startedAt", "is required");
        require((endedAt == null) == (durationMs == null), "durationMs", "is set exactly when endedAt is (both null: power was lost during the play)");
        require(endedAt == null || !endedAt.isBefore(startedAt), "endedAt", "must not be before startedAt");
        require(durationMs == null || durationMs >= 0, "durationMs", "must be zero or more");
        require(manifestVersion != null && !manifestVersion.isBlank() && manifestVersion.length() <= MAX_ID, "manifestVersion",
                "must be 1-" + MAX_ID + " characters");
    }

    /** Whether the play ended on record; false when power was lost while it was on screen. */
    public boolean ended() {
        return endedAt != null;
    }

    private static boolean isUuid(String s) {
        try {
            return UUID.fromString(s).toString().equals(s);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }
}
