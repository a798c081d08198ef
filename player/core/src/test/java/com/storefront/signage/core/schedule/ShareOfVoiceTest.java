package com.storefront.signage.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class ShareOfVoiceTest {
    @Property(tries = 500)
    void afterEveryPickEachEntryIsWithinOnePlayOfItsExactShare(
            @ForAll @Size(min = 1, max = 8) List<@IntRange(min = 1, max = 50) Integer> weights) {
        ShareOfVoice rotation = new ShareOfVoice(weights.stream().mapToLong(Integer::longValue).toArray());
        long sum = weights.stream().mapToLong(Integer::longValue).sum();
        long[] counts = new long[weights.size()];

        for (long n = 1; n <= 3 * sum; n++) {
            counts[rotation.next(i -> true)]++;
            for (int i = 0; i < counts.length; i++) {
                long share = n * weights.get(i);
                assertTrue(Math.abs(counts[i] * sum - share) < sum, "entry " + i + " after " + n + " picks: " + counts[i]);
            }
        }
    }

    @Test
    void anEntryHeldBackIsSkippedWithoutStallingTheRest() {
        ShareOfVoice rotation = new ShareOfVoice(new long[] {1, 1, 1});

        assertEquals(0, rotation.next(i -> i != 1));
        assertEquals(2, rotation.next(i -> i != 1));
        assertEquals(-1, rotation.next(i -> false));
    }
}
