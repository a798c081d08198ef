package com.storefront.signage.core.eink;

import java.util.Objects;

/**
 * Packs palette indices the way panel controllers load them: row by row, each row starting on a
 * byte boundary, the first pixel in the most significant bits. The IT8951's LD_IMG_AREA and the
 * label controllers take this layout directly.
 */
public final class PixelPacker {
    private PixelPacker() {
    }

    /** Packs the indices of {@code area} at 1, 2, 4 or 8 bits per pixel. */
    public static byte[] pack(IndexedFrame frame, Rect area, int bitsPerPixel) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(area, "area");
        checkBits(bitsPerPixel);
        if (area.x() < 0 || area.y() < 0 || area.right() > frame.width() || area.bottom() > frame.height()) {
            throw new IllegalArgumentException("area " + area + " lies outside the " + frame.width() + "x"
                    + frame.height() + " frame");
        }
        int rowBytes = rowBytes(area.width(), bitsPerPixel);
        byte[] packed = new byte[rowBytes * area.height()];
        byte[] indices = frame.indices();
        int max = (1 << bitsPerPixel) - 1;
        int first = 8 - bitsPerPixel;
        for (int row = 0; row < area.height(); row++) {
            int src = (area.y() + row) * frame.width() + area.x();
            int dst = row * rowBytes;
            int shift = first;
            int acc = 0;
            for (int n = 0; n < area.width(); n++) {
                int index = indices[src + n] & 0xFF;
                if (index > max) {
                    throw new IllegalArgumentException("index " + index + " at (" + (area.x() + n) + ", " + (area.y() + row)
                            + ") does not fit " + bitsPerPixel + " bits per pixel");
                }
                acc |= index << shift;
                shift -= bitsPerPixel;
                if (shift < 0) {
                    packed[dst++] = (byte) acc;
                    acc = 0;
                    shift = first;
                }
            }
            if (shift != first) {
                packed[dst] = (byte) acc;
            }
        }
        return packed;
    }

    /** The inverse of {@link #pack}: a {@code width x height} frame from its packed rows. */
    public static IndexedFrame unpack(byte[] packed, int width, int height, int bitsPerPixel) {
        checkBits(bitsPerPixel);
        int rowBytes = rowBytes(width, bitsPerPixel);
        if (width <= 0 || height <= 0 || packed.length != (long) rowBytes * height) {
            throw new IllegalArgumentException(width + "x" + height + " at " + bitsPerPixel + " bits per pixel needs "
                    + (long) rowBytes * height + " bytes, got " + packed.length);
        }
        byte[] indices = new byte[width * height];
        int mask = (1 << bitsPerPixel) - 1;
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int bit = x * bitsPerPixel;
                int shift = 8 - bitsPerPixel - (bit & 7);
                indices[y * width + x] = (byte) (packed[y * rowBytes + (bit >> 3)] >> shift & mask);
            }
        }
        return new IndexedFrame(width, height, indices);
    }

    /** Bytes of one packed row of {@code pixels}. */
    public static int rowBytes(int pixels, int bitsPerPixel) {
        return (pixels * bitsPerPixel + 7) / 8;
    }

    private static void checkBits(int bitsPerPixel) {
        if (bitsPerPixel != 1 && bitsPerPixel != 2 && bitsPerPixel != 4 && bitsPerPixel != 8) {
            throw new IllegalArgumentException("bits per pixel must be 1, 2, 4 or 8 (a byte holds whole pixels), got "
                    + bitsPerPixel);
        }
    }
}
