package com.storefront.signage.core.eink;

import java.util.Arrays;

/**
 * A frame reduced to the panel's palette: one palette index per pixel, row by row. Immutable by
 * convention: the pipeline never writes into a frame it has handed on.
 */
public record IndexedFrame(int width, int height, byte[] indices) {
    public IndexedFrame {
        if (width <= 0 || height <= 0 || indices.length != width * height) {
            throw new IllegalArgumentException("a " + width + "x" + height + " frame needs " + (long) width * height
                    + " indices, got " + indices.length);
        }
    }

    public int index(int x, int y) {
        return indices[y * width + x];
    }

    public Rect bounds() {
        return Rect.of(width, height);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof IndexedFrame f && f.width == width && f.height == height && Arrays.equals(f.indices, indices);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * width + height) + Arrays.hashCode(indices);
    }

    @Override
    public String toString() {
        return "IndexedFrame " + width + "x" + height;
    }
}
