package com.storefront.signage.core.eink;

/**
 * A tiled threshold matrix for ordered dithering: thresholds in (0, 1) that depend only on a
 * pixel's position, so a pixel's output depends only on its own input and position, and a change
 * in one place never ripples elsewhere.
 */
record ThresholdMatrix(int size, float[] thresholds) {
    private static final ThresholdMatrix BAYER_8 = bayer(8);

    ThresholdMatrix {
        if (Integer.bitCount(size) != 1 || thresholds.length != size * size) {
            throw new IllegalArgumentException("a threshold matrix needs a power-of-two side and side^2 thresholds");
        }
    }

    float at(int x, int y) {
        int mask = size - 1;
        return thresholds[(y & mask) * size + (x & mask)];
    }

    /** The classic 8x8 Bayer matrix: 64 levels, a visible cross-hatch texture. */
    static ThresholdMatrix bayer8() {
        return BAYER_8;
    }

    /** A 64x64 blue-noise matrix (void and cluster): 4096 levels, no visible pattern. */
    static ThresholdMatrix blueNoise() {
        return BlueNoiseHolder.MATRIX;
    }

    /** Thresholds from ranks 0..n-1, centred in their bins so that 0 and 1 are never thresholds. */
    static ThresholdMatrix fromRanks(int size, int[] ranks) {
        float[] t = new float[ranks.length];
        for (int i = 0; i < ranks.length; i++) {
            t[i] = (ranks[i] + 0.5f) / ranks.length;
        }
        return new ThresholdMatrix(size, t);
    }

    private static ThresholdMatrix bayer(int size) {
        int[] ranks = new int[size * size];
        for (int y = 0; y < size; y++) {
            for (int x = 0; x < size; x++) {
                int rank = 0;
                // interleave the bits of x^y and y; the finest coordinate bit gives the coarsest rank step
                for (int bit = 1; bit < size; bit <<= 1) {
                    rank = rank << 2 | ((x ^ y) & bit) / bit << 1 | (y & bit) / bit;
                }
                ranks[y * size + x] = rank;
            }
        }
        return fromRanks(size, ranks);
    }

    /** Generated on first use, so panels that never ask for blue noise never pay for it. */
    private static final class BlueNoiseHolder {
        static final ThresholdMatrix MATRIX = fromRanks(BlueNoise.SIZE, BlueNoise.ranks());
    }
}
