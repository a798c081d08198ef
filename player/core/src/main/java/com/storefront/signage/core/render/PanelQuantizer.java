package com.storefront.signage.core.render;

import com.storefront.signage.core.protocol.PanelPalette;
import java.awt.image.BufferedImage;

/**
 * Reduces a rendered frame to the colours an e-ink panel can show, with an 8x8 ordered (Bayer)
 * dither: stable, so a change in one region never ripples into another, and exact on colours that
 * are already in the palette, so text and fills stay crisp. The measured-palette, per-region
 * pipeline of the e-ink path refines this; it is what headless frames show meanwhile.
 */
final class PanelQuantizer {
    private static final int[] BAYER = {
            0, 32, 8, 40, 2, 34, 10, 42, 48, 16, 56, 24, 50, 18, 58, 26,
            12, 44, 4, 36, 14, 46, 6, 38, 60, 28, 52, 20, 62, 30, 54, 22,
            3, 35, 11, 43, 1, 33, 9, 41, 51, 19, 59, 27, 49, 17, 57, 25,
            15, 47, 7, 39, 13, 45, 5, 37, 63, 31, 55, 23, 61, 29, 53, 21};

    private PanelQuantizer() {
    }

    static void quantize(BufferedImage frame, PanelPalette palette) {
        if (palette == PanelPalette.FULL_COLOUR) {
            return;
        }
        int levels = palette == PanelPalette.GRAY16 ? 16 : 2;
        float step = 255f / (levels - 1);
        for (int y = 0; y < frame.getHeight(); y++) {
            for (int x = 0; x < frame.getWidth(); x++) {
                int rgb = frame.getRGB(x, y);
                int r = (rgb >> 16) & 0xFF;
                int g = (rgb >> 8) & 0xFF;
                int b = rgb & 0xFF;
                if (palette == PanelPalette.BLACK_WHITE_RED && isRed(r, g, b)) {
                    frame.setRGB(x, y, 0xFF0000);
                    continue;
                }
                float luma = 0.2126f * r + 0.7152f * g + 0.0722f * b;
                // threshold offset strictly inside (-step/2, step/2): palette levels map to themselves
                float offset = ((BAYER[(y & 7) * 8 + (x & 7)] + 0.5f) / 64f - 0.5f) * step * 0.98f;
                int level = Math.round((luma + offset) / step);
                int v = Math.max(0, Math.min(255, Math.round(Math.max(0, Math.min(levels - 1, level)) * step)));
                frame.setRGB(x, y, (v << 16) | (v << 8) | v);
            }
        }
    }

    private static boolean isRed(int r, int g, int b) {
        return r > 140 && g < 110 && b < 110 && r - Math.max(g, b) > 80;
    }
}
