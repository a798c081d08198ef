package com.storefront.signage.core.eink;

/**
 * sRGB to linear light and back, through lookup tables. Quantisation mixes light (a dithered area
 * of half black and half white pixels emits the average of their light, not of their sRGB codes),
 * so every comparison and every error carried between pixels happens in linear light.
 */
public final class LinearLight {
    /** Steps of the linear-to-sRGB table; fine enough that every 8-bit sRGB value survives a round trip. */
    public static final int LINEAR_STEPS = 4096;

    private static final float[] TO_LINEAR = new float[256];
    private static final byte[] TO_SRGB = new byte[LINEAR_STEPS];

    static {
        for (int i = 0; i < 256; i++) {
            TO_LINEAR[i] = (float) decode(i / 255.0);
        }
        for (int i = 0; i < LINEAR_STEPS; i++) {
            TO_SRGB[i] = (byte) Math.round(encode(i / (double) (LINEAR_STEPS - 1)) * 255.0);
        }
    }

    private LinearLight() {
    }

    /** Linear light in [0, 1] of an 8-bit sRGB channel value. */
    public static float toLinear(int srgb8) {
        return TO_LINEAR[srgb8 & 0xFF];
    }

    /** The 8-bit sRGB channel value of linear light, clamped to [0, 1] first. */
    public static int toSrgb8(float linear) {
        float clamped = linear <= 0f ? 0f : Math.min(linear, 1f);
        return TO_SRGB[(int) (clamped * (LINEAR_STEPS - 1) + 0.5f)] & 0xFF;
    }

    /** Relative luminance (Rec. 709 / sRGB primaries) of a 0xRRGGBB colour, in linear light. */
    public static float luminance(int rgb) {
        return 0.2126f * toLinear(rgb >> 16) + 0.7152f * toLinear(rgb >> 8) + 0.0722f * toLinear(rgb);
    }

    private static double decode(double c) {
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }

    private static double encode(double l) {
        return l <= 0.0031308 ? l * 12.92 : 1.055 * Math.pow(l, 1 / 2.4) - 0.055;
    }
}
