package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RegionOwnershipTest {
    private final RegionOwnership ownership = new RegionOwnership(
            List.of(new Rect(0, 0, 100, 10), new Rect(20, 2, 10, 3), new Rect(50, 0, 10, 10)), Rect.of(200, 10));

    private int[] spans(int region, int y) {
        int[] buffer = ownership.newSpanBuffer();
        return Arrays.copyOf(buffer, 2 * ownership.spans(region, y, buffer));
    }

    @Test
    void a_region_owns_its_rectangle_minus_the_later_regions() {
        assertArrayEquals(new int[] {0, 50, 60, 100}, spans(0, 0));
        assertArrayEquals(new int[] {0, 20, 30, 50, 60, 100}, spans(0, 3));
        assertArrayEquals(new int[] {20, 30}, spans(1, 3));
        assertArrayEquals(new int[] {}, spans(1, 6));
    }

    @Test
    void the_uncovered_pixels_are_the_frame_minus_every_region() {
        assertArrayEquals(new int[] {100, 200}, spans(RegionOwnership.UNCOVERED, 4));
    }
}
