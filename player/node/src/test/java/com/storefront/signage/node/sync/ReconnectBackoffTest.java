package com.storefront.signage.node.sync;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class ReconnectBackoffTest {
    private final ReconnectBackoff backoff = new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), new SplittableRandom(42));

    @Test
    void ceilingDoublesFromTheBaseUntilTheCap() {
        assertEquals(1000, backoff.ceilingMillis(0));
        assertEquals(2000, backoff.ceilingMillis(1));
        assertEquals(32_000, backoff.ceilingMillis(5));
        assertEquals(60_000, backoff.ceilingMillis(6));
        assertEquals(60_000, backoff.ceilingMillis(1000));
    }

    @Test
    void everyDelayLiesBetweenZeroAndTheCeilingOfItsAttempt() {
        for (int attempt = 0; attempt < 20; attempt++) {
            for (int i = 0; i < 1000; i++) {
                long delay = backoff.delayMillis(attempt);
                assertTrue(delay >= 0 && delay <= backoff.ceilingMillis(attempt), "attempt " + attempt + ": " + delay);
            }
        }
    }

    @Test
    void delaysSpreadEvenlyOverTheWholeWindowNotAroundItsMiddle() {
        int[] tenths = new int[10];
        int samples = 20_000;
        for (int i = 0; i < samples; i++) {
            tenths[(int) Math.min(9, backoff.delayMillis(4) * 10 / 16_001)]++;
        }
        for (int t = 0; t < 10; t++) {
            // each tenth of a uniform window holds about 2,000 of the samples
            assertTrue(tenths[t] > samples / 10 * 0.85 && tenths[t] < samples / 10 * 1.15, "tenth " + t + " holds " + tenths[t]);
        }
    }

    @Test
    void playersWaitUpToTenSecondsAfterADropThenDoubleUpToAMinute() {
        ReconnectBackoff standard = ReconnectBackoff.standard(new SplittableRandom(1));

        assertEquals(10_000, standard.ceilingMillis(0));
        assertEquals(20_000, standard.ceilingMillis(1));
        assertEquals(40_000, standard.ceilingMillis(2));
        assertEquals(60_000, standard.ceilingMillis(3));
    }

    @Test
    void refusesAWindowThatCannotGrow() {
        assertThrows(IllegalArgumentException.class, () -> new ReconnectBackoff(Duration.ZERO, Duration.ofSeconds(1), new SplittableRandom()));
        assertThrows(IllegalArgumentException.class,
                () -> new ReconnectBackoff(Duration.ofSeconds(2), Duration.ofSeconds(1), new SplittableRandom()));
    }
}
