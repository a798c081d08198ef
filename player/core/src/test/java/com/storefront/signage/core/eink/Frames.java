package com.storefront.signage.core.eink;

import java.util.Arrays;

/** Indexed frames for tests: filled, and copies with a rectangle painted. */
final class Frames {
    private Frames() {
    }

    static IndexedFrame filled(PanelProfile profile, int index) {
        return filled(profile.width(), profile.height(), index);
    }

    static IndexedFrame filled(int width, int height, int index) {
        byte[] px = new byte[width * height];
        Arrays.fill(px, (byte) index);
        return new IndexedFrame(width, height, px);
    }

    static IndexedFrame paint(IndexedFrame frame, Rect area, int index) {
        byte[] px = frame.indices().clone();
        Rect a = area.align(1, frame.bounds());
        for (int y = a.y(); y < a.bottom(); y++) {
            Arrays.fill(px, y * frame.width() + a.x(), y * frame.width() + a.right(), (byte) index);
        }
        return new IndexedFrame(frame.width(), frame.height(), px);
    }

    static boolean covered(int x, int y, Iterable<Rect> rects) {
        for (Rect r : rects) {
            if (r.contains(x, y)) {
                return true;
            }
        }
        return false;
    }
}
