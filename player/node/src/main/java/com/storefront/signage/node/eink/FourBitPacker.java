package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.Rect;

/**
 * Packs an area of a frame into IT8951 4-bpp words: four pixels per 16-bit word, left to right,
 * the first pixel in the lowest nibble (bits 3..0), the fourth in the highest (bits 15..12), which
 * is what {@code LD_IMG_AREA} with endian code 0 (little endian) expects. Rows start on a new word;
 * a row whose width is not a multiple of 4 is padded with white, which the controller ignores
 * beyond the area's width.
 */
final class FourBitPacker {
    private static final int WHITE = 0xF;

    private final int[] greyOfIndex;

    private FourBitPacker(int[] greyOfIndex) {
        this.greyOfIndex = greyOfIndex;
    }

    /**
     * Grey levels for a profile whose palette runs from black (index 0) to white (last index):
     * spread evenly over the IT8951's 0 (black) .. 15 (white), so the 16-grey profile maps 1:1.
     */
    static FourBitPacker forProfile(PanelProfile profile) {
        int n = profile.palette().size();
        if (n > 16) {
            throw new IllegalArgumentException(profile.id() + ": the IT8951 shows 16 greys, the profile has " + n + " colours");
        }
        int[] grey = new int[n];
        for (int i = 0; i < n; i++) {
            grey[i] = Math.round(i * 15f / (n - 1));
        }
        return new FourBitPacker(grey);
    }

    static int wordsPerRow(int width) {
        return (width + 3) / 4;
    }

    int[] pack(IndexedFrame frame, Rect area) {
        int perRow = wordsPerRow(area.width());
        int[] words = new int[perRow * area.height()];
        for (int row = 0; row < area.height(); row++) {
            for (int w = 0; w < perRow; w++) {
                int word = 0;
                for (int nibble = 0; nibble < 4; nibble++) {
                    int col = w * 4 + nibble;
                    int level = col < area.width() ? grey(frame.index(area.x() + col, area.y() + row)) : WHITE;
                    word |= level << (4 * nibble);
                }
                words[row * perRow + w] = word;
            }
        }
        return words;
    }

    private int grey(int index) {
        if (index < 0 || index >= greyOfIndex.length) {
            throw new IllegalArgumentException("palette index " + index + " is outside the panel's " + greyOfIndex.length + " colours");
        }
        return greyOfIndex[index];
    }
}
