package com.storefront.signage.core.protocol;

import java.util.List;

/**
 * Plays a player uploads together. The server stores a batch in one statement and counts each key
 * once per display, so a batch sent again (its answer lost, or the player restarted before noting
 * it) changes nothing.
 */
public record PlayBatch(List<PlayRecord> plays) {
    /** The most plays one batch may carry; the server's JSON body limit may allow fewer. */
    public static final int MAX_PLAYS = 500;

    public PlayBatch {
        InvalidField.require(plays != null && !plays.isEmpty(), "plays", "must hold at least one play");
        InvalidField.require(plays.size() <= MAX_PLAYS, "plays", "may hold at most " + MAX_PLAYS + " plays, not " + plays.size());
        plays = List.copyOf(plays);
    }
}
