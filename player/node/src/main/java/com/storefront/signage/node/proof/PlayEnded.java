package com.storefront.signage.node.proof;

import java.time.Instant;
import java.util.Objects;

/**
 * A journal line: the play {@code key} left the screen at {@code endedAt} after {@code durationMs}
 * (monotonic clock). Both are null on the line written at start-up for a play that was on screen
 * when power was lost: it did play, but nobody saw it end.
 */
record PlayEnded(String key, Instant endedAt, Long durationMs) {
    PlayEnded {
        Objects.requireNonNull(key, "key");
        if ((endedAt == null) != (durationMs == null)) {
            throw new IllegalArgumentException("endedAt and durationMs are both set or both null");
        }
    }

    static PlayEnded lost(String key) {
        return new PlayEnded(key, null, null);
    }
}
