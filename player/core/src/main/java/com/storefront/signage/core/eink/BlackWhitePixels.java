package com.storefront.signage.core.eink;

import java.util.List;

/**
 * Which palette indices DU can drive: black (index 0) and the panel's white. DU only moves
 * pixels to black or white, so an area may use it only when it shows nothing else before and after.
 */
public final class BlackWhitePixels {
    /** Colours whose channels differ by at most this count as neutral (the glass is slightly warm). */
    private static final int NEUTRAL_SPREAD = 24;

    private final boolean[] blackOrWhite = new boolean[256];

    public BlackWhitePixels(PanelProfile profile) {
        blackOrWhite[0] = true;
        blackOrWhite[whiteIndex(profile)] = true;
    }

    /** The neutral palette colour with the highest luminance. */
    public static int whiteIndex(PanelProfile profile) {
        List<PaletteColour> palette = profile.palette();
        int best = 0;
        double bestLuma = -1;
        for (int i = 0; i < palette.size(); i++) {
            int rgb = palette.get(i).argb();
            int r = (rgb >> 16) & 0xFF;
            int g = (rgb >> 8) & 0xFF;
            int b = rgb & 0xFF;
            boolean neutral = Math.max(r, Math.max(g, b)) - Math.min(r, Math.min(g, b)) <= NEUTRAL_SPREAD;
            double luma = 0.2126 * r + 0.7152 * g + 0.0722 * b;
            if (neutral && luma > bestLuma) {
                best = i;
                bestLuma = luma;
            }
        }
        return best;
    }

    public boolean isBlackOrWhite(int index) {
        return blackOrWhite[index & 0xFF];
    }

    /** Whether every pixel of {@code frame} inside {@code area} (clipped to the frame) is black or white. */
    public boolean only(IndexedFrame frame, Rect area) {
        Rect a = area.align(1, frame.bounds());
        byte[] px = frame.indices();
        for (int y = a.y(); y < a.bottom(); y++) {
            int row = y * frame.width();
            for (int i = row + a.x(), end = row + a.right(); i < end; i++) {
                if (!blackOrWhite[px[i] & 0xFF]) {
                    return false;
                }
            }
        }
        return true;
    }
}
