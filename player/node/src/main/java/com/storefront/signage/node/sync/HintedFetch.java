package com.storefront.signage.node.sync;

import com.storefront.signage.core.protocol.ManifestHint;
import java.util.OptionalLong;
import java.util.random.RandomGenerator;

/**
 * When a hinted player fetches its manifest: not at all if it already plays that version, else at
 * a uniformly random moment within the window the server asked for, so that a fleet-wide edit is
 * fetched over a few seconds rather than by every player at once. Pure.
 */
public final class HintedFetch {
    private HintedFetch() {
    }

    /** Milliseconds to wait before fetching; empty when there is nothing to fetch. */
    public static OptionalLong delayMillis(ManifestHint hint, String playingVersion, RandomGenerator random) {
        if (hint.version().equals(playingVersion)) {
            return OptionalLong.empty();
        }
        int within = hint.fetchWithinMs();
        return OptionalLong.of(within == 0 ? 0 : random.nextLong(within + 1L));
    }
}
