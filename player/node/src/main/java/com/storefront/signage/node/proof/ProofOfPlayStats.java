package com.storefront.signage.node.proof;

/**
 * What proof of play has done since the player started: plays the server took as new, plays it
 * already had (sent again after a lost answer or a restart), plays not recorded because the
 * journal was full or the disk failed, plays set aside as undeliverable (kept in
 * {@code rejected.jsonl}), and the journal bytes still waiting for the server.
 */
public record ProofOfPlayStats(long inserted, long duplicates, long notRecorded, long setAside, long unacknowledgedBytes) {
}
