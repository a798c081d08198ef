package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PaletteColour;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.Rect;
import java.awt.image.BufferedImage;
import java.util.Arrays;

/**
 * What the glass of a simulated panel shows, pixel by pixel, with ghosting.
 *
 * <p>Ghost model: each pixel has a ghost level g in [0, {@link #MAX_GHOST}) and a residue colour.
 * A partial update raises g of every pixel in its area by {@code step * (MAX_GHOST - g)} (each
 * partial drive leaves some charge, the more the fewer it had; it saturates instead of running
 * away), and where the pixel changes, the colour it showed before becomes its residue. The glass
 * shows the palette colour blended with the residue by g. A clean update sets g to 0 in its area.
 */
final class GlassState {
    static final float MAX_GHOST = 0.5f;

    private final int width;
    private final int[] paletteRgb;
    private final byte[] shown;
    private final float[] ghost;
    private final int[] residue;
    private final int[] partials;

    GlassState(PanelProfile profile) {
        width = profile.width();
        paletteRgb = profile.palette().stream().mapToInt(PaletteColour::argb).toArray();
        int pixels = profile.width() * profile.height();
        shown = new byte[pixels];
        Arrays.fill(shown, (byte) whitest(paletteRgb));
        ghost = new float[pixels];
        residue = new int[pixels];
        partials = new int[pixels];
    }

    /** Refuses indices outside the palette before anything changes. */
    void requireInPalette(IndexedFrame frame, Rect area) {
        for (int y = area.y(); y < area.bottom(); y++) {
            for (int x = area.x(); x < area.right(); x++) {
                int index = frame.index(x, y);
                if (index < 0 || index >= paletteRgb.length) {
                    throw new IllegalArgumentException("palette index " + index + " at (" + x + "," + y
                            + ") is outside the panel's " + paletteRgb.length + " colours");
                }
            }
        }
    }

    /** @param ghostStep how much of the remaining headroom one partial update of this waveform ghosts */
    void apply(IndexedFrame frame, Rect area, boolean clean, float ghostStep) {
        for (int y = area.y(); y < area.bottom(); y++) {
            for (int x = area.x(); x < area.right(); x++) {
                int p = y * width + x;
                byte next = (byte) frame.index(x, y);
                if (clean) {
                    ghost[p] = 0;
                    partials[p] = 0;
                } else {
                    if (next != shown[p]) {
                        residue[p] = rgb(p);
                    }
                    ghost[p] += ghostStep * (MAX_GHOST - ghost[p]);
                    partials[p]++;
                }
                shown[p] = next;
            }
        }
    }

    BufferedImage image() {
        int height = shown.length / width;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] row = new int[width];
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                row[x] = rgb(y * width + x);
            }
            image.setRGB(0, y, width, 1, row, 0, width);
        }
        return image;
    }

    float maxGhost() {
        float max = 0;
        for (float g : ghost) {
            max = Math.max(max, g);
        }
        return max;
    }

    float ghostAt(int x, int y) {
        return ghost[y * width + x];
    }

    int maxPartialsSinceClean() {
        return Arrays.stream(partials).max().orElse(0);
    }

    private int rgb(int p) {
        int colour = paletteRgb[shown[p]];
        float g = ghost[p];
        if (g == 0) {
            return colour & 0xFFFFFF;
        }
        int r = mix(colour >> 16, residue[p] >> 16, g);
        int gr = mix(colour >> 8, residue[p] >> 8, g);
        int b = mix(colour, residue[p], g);
        return r << 16 | gr << 8 | b;
    }

    private static int mix(int a, int b, float g) {
        return Math.round((a & 0xFF) * (1 - g) + (b & 0xFF) * g);
    }

    // A panel out of the box (and after INIT) is white: the palette's lightest colour.
    private static int whitest(int[] rgb) {
        int best = 0;
        for (int i = 1; i < rgb.length; i++) {
            if (luma(rgb[i]) > luma(rgb[best])) {
                best = i;
            }
        }
        return best;
    }

    private static int luma(int rgb) {
        return 299 * (rgb >> 16 & 0xFF) + 587 * (rgb >> 8 & 0xFF) + 114 * (rgb & 0xFF);
    }
}
