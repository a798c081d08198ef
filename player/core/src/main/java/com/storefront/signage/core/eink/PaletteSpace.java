package com.storefront.signage.core.eink;

import java.util.List;

/**
 * A panel's measured palette in linear light, and the distance that picks the nearest colour.
 *
 * <p>The distance is the luminance difference squared plus a third of the chroma difference
 * (each channel minus luminance) squared: a Euclidean distance in the coordinates
 * {@code (Y, (R-Y)/sqrt3, (G-Y)/sqrt3, (B-Y)/sqrt3)}. Plain luma-weighted RGB was tried first; in
 * linear light the measured accents are dark, and it sent pure yellow and green to white and mid
 * grey to red on the BWR label. Separating luminance from chroma keeps grey on the neutral inks
 * and each saturated primary on its own ink.
 */
final class PaletteSpace {
    private static final float CHROMA = (float) (1 / Math.sqrt(3));
    /** Largest spread between channels (8-bit) for an ink to count as neutral grey: measured whites are slightly warm. */
    private static final int NEUTRAL_TOLERANCE = 16;

    final int size;
    final float[] red;
    final float[] green;
    final float[] blue;
    final float[] luminance;
    final boolean greyscale;
    final float[] low = {1, 1, 1};
    final float[] high = {0, 0, 0};
    private final float[] coords;

    PaletteSpace(List<PaletteColour> palette) {
        size = palette.size();
        red = new float[size];
        green = new float[size];
        blue = new float[size];
        luminance = new float[size];
        coords = new float[size * 4];
        boolean neutral = true;
        for (int i = 0; i < size; i++) {
            int rgb = palette.get(i).argb();
            int r8 = rgb >> 16 & 0xFF;
            int g8 = rgb >> 8 & 0xFF;
            int b8 = rgb & 0xFF;
            neutral &= Math.max(r8, Math.max(g8, b8)) - Math.min(r8, Math.min(g8, b8)) <= NEUTRAL_TOLERANCE;
            red[i] = LinearLight.toLinear(r8);
            green[i] = LinearLight.toLinear(g8);
            blue[i] = LinearLight.toLinear(b8);
            luminance[i] = LinearLight.luminance(rgb);
            float[] c = {red[i], green[i], blue[i]};
            for (int ch = 0; ch < 3; ch++) {
                low[ch] = Math.min(low[ch], c[ch]);
                high[ch] = Math.max(high[ch], c[ch]);
            }
            coords[i * 4] = luminance[i];
            coords[i * 4 + 1] = (red[i] - luminance[i]) * CHROMA;
            coords[i * 4 + 2] = (green[i] - luminance[i]) * CHROMA;
            coords[i * 4 + 3] = (blue[i] - luminance[i]) * CHROMA;
        }
        greyscale = neutral;
    }

    /** The nearest ink to a linear-light colour. */
    int nearest(float r, float g, float b) {
        float y = 0.2126f * r + 0.7152f * g + 0.0722f * b;
        float cr = (r - y) * CHROMA;
        float cg = (g - y) * CHROMA;
        float cb = (b - y) * CHROMA;
        int best = 0;
        float bestDistance = Float.MAX_VALUE;
        for (int i = 0, k = 0; i < size; i++, k += 4) {
            float d0 = y - coords[k];
            float d1 = cr - coords[k + 1];
            float d2 = cg - coords[k + 2];
            float d3 = cb - coords[k + 3];
            float d = d0 * d0 + d1 * d1 + d2 * d2 + d3 * d3;
            if (d < bestDistance) {
                bestDistance = d;
                best = i;
            }
        }
        return best;
    }

    /**
     * Ordered dithering between two inks: the nearest ink {@code a}, and the ink {@code b} whose
     * segment from {@code a} passes closest to the colour. The colour's position along that
     * segment is the share of {@code b}; the pixel shows {@code b} when that share exceeds the
     * threshold. An ink's own colour has share 0 and so never dithers.
     */
    int mix(float r, float g, float b, float threshold) {
        int a = nearest(r, g, b);
        float y = 0.2126f * r + 0.7152f * g + 0.0722f * b;
        int ka = a * 4;
        float p0 = y - coords[ka];
        float p1 = (r - y) * CHROMA - coords[ka + 1];
        float p2 = (g - y) * CHROMA - coords[ka + 2];
        float p3 = (b - y) * CHROMA - coords[ka + 3];
        int partner = a;
        float partnerShare = 0;
        float partnerDistance = p0 * p0 + p1 * p1 + p2 * p2 + p3 * p3;
        for (int i = 0, k = 0; i < size; i++, k += 4) {
            if (i == a) {
                continue;
            }
            float s0 = coords[k] - coords[ka];
            float s1 = coords[k + 1] - coords[ka + 1];
            float s2 = coords[k + 2] - coords[ka + 2];
            float s3 = coords[k + 3] - coords[ka + 3];
            float length = s0 * s0 + s1 * s1 + s2 * s2 + s3 * s3;
            float share = (p0 * s0 + p1 * s1 + p2 * s2 + p3 * s3) / length;
            if (share <= 0) {
                continue;
            }
            share = Math.min(share, 1f);
            float e0 = p0 - share * s0;
            float e1 = p1 - share * s1;
            float e2 = p2 - share * s2;
            float e3 = p3 - share * s3;
            float d = e0 * e0 + e1 * e1 + e2 * e2 + e3 * e3;
            if (d < partnerDistance) {
                partnerDistance = d;
                partner = i;
                partnerShare = share;
            }
        }
        return partnerShare > threshold ? partner : a;
    }
}
