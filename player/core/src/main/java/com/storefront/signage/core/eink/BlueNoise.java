package com.storefront.signage.core.eink;

import java.util.Random;

/**
 * Ranks of a 64x64 blue-noise threshold matrix by Ulichney's void-and-cluster method, with a fixed
 * seed so every player and every run dithers identically (a frame's fingerprint must not depend
 * on which device rendered it).
 *
 * <p>Energy is a Gaussian (sigma 1.5) on the torus, cut off at radius 6 where it has fallen below
 * 0.0004 of its peak; the cut-off keeps each insertion or removal to 169 updates, so the whole
 * matrix takes a few tens of milliseconds once per process.
 */
final class BlueNoise {
    static final int SIZE = 64;
    private static final int N = SIZE * SIZE;
    private static final int MASK = SIZE - 1;
    private static final int RADIUS = 6;
    private static final double SIGMA = 1.5;
    private static final long SEED = 0x5EED_B1E_0015EL;

    private final float[] kernel = new float[(2 * RADIUS + 1) * (2 * RADIUS + 1)];
    private final boolean[] on = new boolean[N];
    private final float[] energy = new float[N];

    private BlueNoise() {
        for (int dy = -RADIUS; dy <= RADIUS; dy++) {
            for (int dx = -RADIUS; dx <= RADIUS; dx++) {
                kernel[(dy + RADIUS) * (2 * RADIUS + 1) + dx + RADIUS] =
                        (float) Math.exp(-(dx * dx + dy * dy) / (2 * SIGMA * SIGMA));
            }
        }
    }

    static int[] ranks() {
        BlueNoise prototype = new BlueNoise();
        int ones = prototype.seedPattern();
        prototype.relax();

        int[] ranks = new int[N];
        BlueNoise removing = prototype.copy();
        for (int rank = ones - 1; rank >= 0; rank--) {
            int cluster = removing.tightestCluster();
            removing.set(cluster, false);
            ranks[cluster] = rank;
        }
        // past half full this is also Ulichney's phase 3: the tightest cluster of zeros is the largest void of ones
        for (int rank = ones; rank < N; rank++) {
            int voidAt = prototype.largestVoid();
            prototype.set(voidAt, true);
            ranks[voidAt] = rank;
        }
        return ranks;
    }

    private int seedPattern() {
        Random random = new Random(SEED);
        int ones = N / 10;
        for (int placed = 0; placed < ones; ) {
            int p = random.nextInt(N);
            if (!on[p]) {
                set(p, true);
                placed++;
            }
        }
        return ones;
    }

    /** Moves the tightest cluster into the largest void until that changes nothing: an even initial pattern. */
    private void relax() {
        for (int i = 0; i < N; i++) {
            int cluster = tightestCluster();
            set(cluster, false);
            int voidAt = largestVoid();
            set(voidAt, true);
            if (voidAt == cluster) {
                return;
            }
        }
    }

    private int tightestCluster() {
        int best = -1;
        float bestEnergy = -Float.MAX_VALUE;
        for (int p = 0; p < N; p++) {
            if (on[p] && energy[p] > bestEnergy) {
                bestEnergy = energy[p];
                best = p;
            }
        }
        return best;
    }

    private int largestVoid() {
        int best = -1;
        float bestEnergy = Float.MAX_VALUE;
        for (int p = 0; p < N; p++) {
            if (!on[p] && energy[p] < bestEnergy) {
                bestEnergy = energy[p];
                best = p;
            }
        }
        return best;
    }

    private void set(int p, boolean value) {
        on[p] = value;
        float sign = value ? 1f : -1f;
        int px = p & MASK;
        int py = p / SIZE;
        for (int dy = -RADIUS, k = 0; dy <= RADIUS; dy++) {
            int row = ((py + dy) & MASK) * SIZE;
            for (int dx = -RADIUS; dx <= RADIUS; dx++, k++) {
                energy[row + ((px + dx) & MASK)] += sign * kernel[k];
            }
        }
    }

    private BlueNoise copy() {
        BlueNoise c = new BlueNoise();
        System.arraycopy(on, 0, c.on, 0, N);
        System.arraycopy(energy, 0, c.energy, 0, N);
        return c;
    }
}
