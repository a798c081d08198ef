package com.storefront.signage.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.ManifestHint;
import java.util.OptionalLong;
import java.util.SplittableRandom;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

class HintedFetchTest {
    private static final RandomGenerator RANDOM = new SplittableRandom(7);

    @Test
    void aHintAtTheVersionPlayingFetchesNothing() {
        assertEquals(OptionalLong.empty(), HintedFetch.delayMillis(new ManifestHint("v2", 5000), "v2", RANDOM));
    }

    @Test
    void aHintWithoutASpreadFetchesAtOnce() {
        assertEquals(OptionalLong.of(0), HintedFetch.delayMillis(new ManifestHint("v3"), "v2", RANDOM));
        assertEquals(OptionalLong.of(0), HintedFetch.delayMillis(new ManifestHint("v3"), null, RANDOM));
    }

    @Test
    void aFleetOfHintedPlayersFetchesEvenlyOverTheWindow() {
        int[] perSecond = new int[5];
        for (int i = 0; i < 10_000; i++) {
            long delay = HintedFetch.delayMillis(new ManifestHint("v3", 5000), "v2", RANDOM).orElseThrow();
            assertTrue(delay >= 0 && delay <= 5000, "inside the window: " + delay);
            perSecond[(int) Math.min(4, delay / 1000)]++;
        }
        for (int count : perSecond) {
            // 2,000 a second expected; a stampede would put most of them in one second
            assertTrue(count > 1800 && count < 2200, java.util.Arrays.toString(perSecond));
        }
    }
}
