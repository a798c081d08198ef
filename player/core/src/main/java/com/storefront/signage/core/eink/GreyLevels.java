package com.storefront.signage.core.eink;

import java.util.Comparator;
import java.util.stream.IntStream;

/**
 * Lookup tables for a greyscale palette over linear luminance in {@value #STEPS} steps, so that
 * quantising a pixel is one table read: the nearest level, and for ordered dithering the two
 * levels bracketing the luminance with the share of the upper one.
 */
final class GreyLevels {
    static final int STEPS = LinearLight.LINEAR_STEPS;
    private static final float STEP = 1f / (STEPS - 1);

    final byte[] nearest = new byte[STEPS];
    final byte[] lower = new byte[STEPS];
    final byte[] upper = new byte[STEPS];
    /** Share of {@link #upper} in [0, 1); exactly 0 at a level's own luminance, so inks never dither. */
    final float[] share = new float[STEPS];
    final float darkest;
    final float lightest;

    GreyLevels(PaletteSpace palette) {
        float[] y = palette.luminance;
        int[] order = IntStream.range(0, palette.size).boxed()
                .sorted(Comparator.comparingDouble(i -> y[i])).mapToInt(Integer::intValue).toArray();
        darkest = y[order[0]];
        lightest = y[order[order.length - 1]];
        int below = 0;
        for (int q = 0; q < STEPS; q++) {
            float v = q * STEP;
            // a level counts as reached within half a step, so a level's own colour has share 0
            while (below + 1 < order.length && y[order[below + 1]] <= v + STEP / 2) {
                below++;
            }
            int lo = order[below];
            int hi = order[Math.min(below + 1, order.length - 1)];
            boolean outside = v <= y[lo] + STEP / 2 || lo == hi;
            lower[q] = (byte) lo;
            upper[q] = (byte) hi;
            share[q] = outside ? 0f : (v - y[lo]) / (y[hi] - y[lo]);
            nearest[q] = (byte) (lo == hi || v - y[lo] <= y[hi] - v ? lo : hi);
        }
    }
}
