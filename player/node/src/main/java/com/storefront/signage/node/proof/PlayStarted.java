package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.PlayRecord;
import java.time.Instant;
import java.util.Objects;

/**
 * A journal line: an item went on screen. {@code displayId} is the display the manifest was
 * for, so plays recorded before a re-pairing are never uploaded as another display's.
 */
record PlayStarted(String key, String displayId, String itemId, String campaignId, String playlistId, String slideId,
                   String videoSha256, Instant startedAt, String manifestVersion) {
    PlayStarted {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(startedAt, "startedAt");
    }

    static PlayStarted of(String key, String displayId, PlayItem item, Instant startedAt, String manifestVersion) {
        return new PlayStarted(key, displayId, item.id(), item.campaignId(), item.playlistId(),
                item.showsVideo() ? null : item.slideId(), item.showsVideo() ? item.video().sha256() : null,
                startedAt, manifestVersion);
    }

    /** The play as uploaded; {@code end} null when power was lost before it ended. */
    PlayRecord record(PlayEnded end) {
        return new PlayRecord(key, itemId, campaignId, playlistId, slideId, videoSha256, startedAt,
                end == null ? null : end.endedAt(), end == null ? null : end.durationMs(), manifestVersion);
    }
}
