package com.storefront.signage.core.schedule;

import java.util.function.IntPredicate;

/**
 * Interleaves entries in proportion to their weights so that after every play each entry's count
 * is within one play of its exact share (earliest-deadline-first on each entry's next due play,
 * released only once it is owed; Tijdeman's chairman assignment). No long runs, no starvation of
 * a small weight. An entry held back (by a frequency cap) is skipped without stalling the rest.
 */
final class ShareOfVoice {
    private final long[] weights;
    private final long total;
    private final long[] counts;
    private long slot;

    ShareOfVoice(long[] weights) {
        this.weights = weights.clone();
        long sum = 0;
        for (long w : weights) {
            sum += w;
        }
        this.total = sum;
        this.counts = new long[weights.length];
    }

    /** The index to play next among those {@code allowed}, or -1 if none is. */
    int next(IntPredicate allowed) {
        long nextSlot = slot + 1;
        int best = earliestDue(allowed, nextSlot, true);
        if (best < 0) {
            best = earliestDue(allowed, nextSlot, false);
        }
        if (best >= 0) {
            slot = nextSlot;
            counts[best]++;
        }
        return best;
    }

    private int earliestDue(IntPredicate allowed, long nextSlot, boolean onlyOwed) {
        int best = -1;
        for (int i = 0; i < weights.length; i++) {
            if (!allowed.test(i)) {
                continue;
            }
            // owed: playing now does not put it a whole play ahead of its share
            if (onlyOwed && counts[i] * total >= nextSlot * weights[i]) {
                continue;
            }
            // due at slot (count + 1) * total / weight; compare the fractions exactly
            if (best < 0 || (counts[i] + 1) * weights[best] < (counts[best] + 1) * weights[i]) {
                best = i;
            }
        }
        return best;
    }
}
