package com.storefront.signage.core.eink;

import java.util.List;

/**
 * Which pixels each dither region owns, row by row, as spans: a region's rectangle minus the
 * rectangles of every later region (later regions win), and for the pixels of no region the frame
 * minus all of them. Spans instead of a per-pixel owner map: a 1872x1404 map would be 5 MB to
 * fill and check on every frame, while a slide has a handful of regions.
 */
final class RegionOwnership {
    /** Stands for the pixels outside every region. */
    static final int UNCOVERED = -1;

    private final Rect[] areas;
    private final Rect bounds;

    RegionOwnership(List<Rect> areas, Rect bounds) {
        this.areas = areas.toArray(Rect[]::new);
        this.bounds = bounds;
    }

    Rect area(int region) {
        return region == UNCOVERED ? bounds : areas[region];
    }

    /** Buffer big enough for the spans of any row. */
    int[] newSpanBuffer() {
        return new int[2 * (areas.length + 2)];
    }

    /**
     * Writes the spans {@code [start, end)} that {@code region} owns on row {@code y} into
     * {@code spans} as start/end pairs, left to right, and returns how many pairs.
     */
    int spans(int region, int y, int[] spans) {
        Rect own = area(region);
        if (y < own.y() || y >= own.bottom() || own.empty()) {
            return 0;
        }
        spans[0] = own.x();
        spans[1] = own.right();
        int count = 1;
        for (int j = region + 1; j < areas.length && count > 0; j++) {
            Rect later = areas[j];
            if (y >= later.y() && y < later.bottom() && !later.empty()) {
                count = subtract(spans, count, later.x(), later.right());
            }
        }
        return count;
    }

    /** Removes {@code [cut, cutEnd)} from sorted, disjoint spans in place; at most one span splits in two. */
    private static int subtract(int[] spans, int count, int cut, int cutEnd) {
        int[] kept = new int[2 * (count + 1)];
        int n = 0;
        for (int i = 0; i < count; i++) {
            int start = spans[2 * i];
            int end = spans[2 * i + 1];
            if (cutEnd <= start || cut >= end) {
                kept[2 * n] = start;
                kept[2 * n++ + 1] = end;
                continue;
            }
            if (start < cut) {
                kept[2 * n] = start;
                kept[2 * n++ + 1] = cut;
            }
            if (cutEnd < end) {
                kept[2 * n] = cutEnd;
                kept[2 * n++ + 1] = end;
            }
        }
        System.arraycopy(kept, 0, spans, 0, 2 * n);
        return n;
    }
}
