package com.storefront.signage.core.eink;

import java.util.Arrays;

/** The frame during quantisation: its pixels, which region owns which pixels, and the palette indices being written. */
record WorkingFrame(FramePixels pixels, RegionOwnership ownership, byte[] indices, int width) {

    /** Marks in {@code owned} (indexed from the area's left edge) the pixels of row {@code y} the region owns. */
    void ownedRow(int region, int y, int[] spans, boolean[] owned) {
        int left = ownership.area(region).x();
        Arrays.fill(owned, false);
        int count = ownership.spans(region, y, spans);
        for (int s = 0; s < count; s++) {
            Arrays.fill(owned, spans[2 * s] - left, spans[2 * s + 1] - left, true);
        }
    }
}
