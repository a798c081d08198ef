package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class ThresholdMatrixTest {
    @Test
    void bayer_matrix_has_the_classic_first_row_and_every_level_once() {
        ThresholdMatrix m = ThresholdMatrix.bayer8();
        int[] firstRow = IntStream.range(0, 8).map(x -> Math.round(m.at(x, 0) * 64 - 0.5f)).toArray();

        assertArrayEquals(new int[] {0, 32, 8, 40, 2, 34, 10, 42}, firstRow);
        assertEveryRankOnce(m);
    }

    @Test
    void blue_noise_matrix_uses_every_level_once() {
        assertEveryRankOnce(ThresholdMatrix.blueNoise());
    }

    @Test
    void blue_noise_is_the_same_on_every_run() {
        assertArrayEquals(BlueNoise.ranks(), BlueNoise.ranks());
    }

    @Test
    void blue_noise_spreads_each_level_set_evenly() {
        ThresholdMatrix m = ThresholdMatrix.blueNoise();
        // the darkest tenth of thresholds, counted per 16x16 tile: even spreading keeps every tile near 25.6
        int[] perTile = new int[16];
        for (int y = 0; y < 64; y++) {
            for (int x = 0; x < 64; x++) {
                if (m.at(x, y) < 0.1f) {
                    perTile[(y / 16) * 4 + x / 16]++;
                }
            }
        }
        for (int count : perTile) {
            assertEquals(25.6, count, 5.0, Arrays.toString(perTile));
        }
    }

    private static void assertEveryRankOnce(ThresholdMatrix m) {
        int n = m.size() * m.size();
        int[] ranks = new int[n];
        for (int i = 0; i < n; i++) {
            ranks[i] = Math.round(m.thresholds()[i] * n - 0.5f);
        }
        Arrays.sort(ranks);
        assertArrayEquals(IntStream.range(0, n).toArray(), ranks);
    }
}
