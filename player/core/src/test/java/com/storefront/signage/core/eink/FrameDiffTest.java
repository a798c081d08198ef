package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class FrameDiffTest {
    @Test
    void identical_frames_have_no_changes() {
        assertEquals(List.of(), FrameDiff.changed(Frames.filled(800, 480, 1), Frames.filled(800, 480, 1)));
    }

    @Test
    void an_unknown_front_buffer_means_the_whole_frame_changed() {
        assertEquals(List.of(Rect.of(800, 480)), FrameDiff.changed(null, Frames.filled(800, 480, 1)));
    }

    @Test
    void one_changed_pixel_gives_a_one_pixel_rectangle() {
        IndexedFrame front = Frames.filled(800, 480, 1);
        IndexedFrame next = Frames.paint(front, new Rect(123, 45, 1, 1), 0);

        assertEquals(List.of(new Rect(123, 45, 1, 1)), FrameDiff.changed(front, next));
    }

    @Test
    void a_box_across_tile_edges_is_cut_at_them_and_each_piece_is_tight() {
        IndexedFrame front = Frames.filled(200, 100, 15);
        IndexedFrame next = Frames.paint(front, new Rect(60, 10, 10, 5), 0);

        assertEquals(List.of(new Rect(60, 10, 4, 5), new Rect(64, 10, 6, 5)), FrameDiff.changed(front, next, 64));
    }

    @Property(tries = 300)
    void every_changed_pixel_lies_in_exactly_one_tight_rectangle(@ForAll @IntRange(min = 1, max = 300) int width,
                                                                  @ForAll @IntRange(min = 1, max = 200) int height,
                                                                  @ForAll @IntRange(min = 1, max = 80) int tile,
                                                                  @ForAll @IntRange(min = 0, max = 40) int changes,
                                                                  @ForAll long seed) {
        Random random = new Random(seed);
        IndexedFrame front = Frames.filled(width, height, 3);
        byte[] px = front.indices().clone();
        for (int i = 0; i < changes; i++) {
            px[random.nextInt(px.length)] = (byte) random.nextInt(16);
        }
        IndexedFrame next = new IndexedFrame(width, height, px);

        List<Rect> rects = FrameDiff.changed(front, next, tile);

        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                boolean changed = front.index(x, y) != next.index(x, y);
                int holders = 0;
                for (Rect r : rects) {
                    holders += r.contains(x, y) ? 1 : 0;
                }
                assertEquals(changed ? 1 : holders, holders, "pixel " + x + "," + y);
            }
        }
        for (Rect r : rects) {
            assertTrue(r.x() / tile == (r.right() - 1) / tile && r.y() / tile == (r.bottom() - 1) / tile, r + " spans tiles");
            assertTrue(changedOnColumn(front, next, r, r.x()) && changedOnColumn(front, next, r, r.right() - 1)
                    && changedOnRow(front, next, r, r.y()) && changedOnRow(front, next, r, r.bottom() - 1), r + " is not tight");
        }
    }

    @Test
    void the_whole_frame_changing_gives_one_box_per_tile() {
        List<Rect> rects = FrameDiff.changed(Frames.filled(1872, 1404, 0), Frames.filled(1872, 1404, 15));

        assertEquals(((1872 + 63) / 64) * ((1404 + 63) / 64), rects.size());
        assertFalse(rects.stream().anyMatch(Rect::empty));
    }

    private static boolean changedOnColumn(IndexedFrame a, IndexedFrame b, Rect r, int x) {
        for (int y = r.y(); y < r.bottom(); y++) {
            if (a.index(x, y) != b.index(x, y)) {
                return true;
            }
        }
        return false;
    }

    private static boolean changedOnRow(IndexedFrame a, IndexedFrame b, Rect r, int y) {
        for (int x = r.x(); x < r.right(); x++) {
            if (a.index(x, y) != b.index(x, y)) {
                return true;
            }
        }
        return false;
    }
}
