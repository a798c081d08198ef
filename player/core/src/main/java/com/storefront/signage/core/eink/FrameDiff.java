package com.storefront.signage.core.eink;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where the next frame differs from what the glass shows: one tight rectangle per square tile
 * holding changed pixels, in row-major tile order. The rectangles do not overlap; merging them
 * into update areas is {@link DirtyRegionPlanner}'s job.
 *
 * <p>Rows are compared with {@link Arrays#mismatch}, which the JDK vectorises, so an unchanged
 * 1872x1404 frame costs a few hundred microseconds; only tiles that contain a change are looked at
 * pixel by pixel, and then only from their right edge back to the last changed pixel.
 */
public final class FrameDiff {
    /** Small enough that a price change stays a price-sized box, large enough that a full change stays a few hundred boxes. */
    public static final int DEFAULT_TILE = 64;

    private FrameDiff() {
    }

    /** The changed areas; the whole frame when {@code front} is null (nothing known about the glass). */
    public static List<Rect> changed(IndexedFrame front, IndexedFrame next) {
        return changed(front, next, DEFAULT_TILE);
    }

    public static List<Rect> changed(IndexedFrame front, IndexedFrame next, int tile) {
        if (tile <= 0) {
            throw new IllegalArgumentException("tile must be positive, got " + tile);
        }
        if (front == null) {
            return List.of(next.bounds());
        }
        if (front.width() != next.width() || front.height() != next.height()) {
            throw new IllegalArgumentException("cannot diff a " + front + " against a " + next);
        }
        int width = next.width();
        int tilesX = (width + tile - 1) / tile;
        int[] minX = new int[tilesX];
        int[] maxX = new int[tilesX];
        int[] minY = new int[tilesX];
        int[] maxY = new int[tilesX];
        Arrays.fill(minX, Integer.MAX_VALUE);
        byte[] a = front.indices();
        byte[] b = next.indices();
        List<Rect> out = new ArrayList<>();
        for (int bandTop = 0; bandTop < next.height(); bandTop += tile) {
            int bandBottom = Math.min(next.height(), bandTop + tile);
            for (int y = bandTop; y < bandBottom; y++) {
                scanRow(a, b, y, width, tile, minX, maxX, minY, maxY);
            }
            for (int t = 0; t < tilesX; t++) {
                if (minX[t] != Integer.MAX_VALUE) {
                    out.add(new Rect(minX[t], minY[t], maxX[t] - minX[t] + 1, maxY[t] - minY[t] + 1));
                    minX[t] = Integer.MAX_VALUE;
                }
            }
        }
        return out;
    }

    private static void scanRow(byte[] a, byte[] b, int y, int width, int tile, int[] minX, int[] maxX, int[] minY,
                                int[] maxY) {
        int row = y * width;
        int x = 0;
        while (x < width) {
            int m = Arrays.mismatch(a, row + x, row + width, b, row + x, row + width);
            if (m < 0) {
                return;
            }
            int first = x + m;
            int t = first / tile;
            int tileEnd = Math.min(width, (t + 1) * tile);
            int last = tileEnd - 1;
            while (a[row + last] == b[row + last]) {
                last--;
            }
            if (minX[t] == Integer.MAX_VALUE) {
                minX[t] = first;
                maxX[t] = last;
                minY[t] = y;
            } else {
                minX[t] = Math.min(minX[t], first);
                maxX[t] = Math.max(maxX[t], last);
            }
            maxY[t] = y;
            x = tileEnd;
        }
    }
}
