package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class ImageTargetTest {

    @Test
    void a_4k_photo_contained_in_a_300_pixel_box_is_read_every_sixth_pixel() {
        // drawn 300x169: every 6th pixel leaves 640x360, every 7th only 549 columns for 600 needed
        assertEquals(6, new ImageTarget(300, 300, false).subsampling(3840, 2160));
    }

    @Test
    void a_photo_covering_its_box_keeps_the_pixels_of_the_longer_side_it_crops() {
        // covering 300x300 draws the photo 533x300: 1280x720 keeps twice that, every 4th pixel would not
        assertEquals(3, new ImageTarget(300, 300, true).subsampling(3840, 2160));
    }

    @Test
    void an_image_drawn_at_more_than_half_its_size_is_read_whole() {
        assertEquals(1, new ImageTarget(1000, 1000, false).subsampling(1600, 1600));
        assertEquals(1, new ImageTarget(960, 1080, true).subsampling(3840, 2160));
    }

    @Test
    void an_image_smaller_than_its_box_is_read_whole() {
        assertEquals(1, new ImageTarget(1920, 1080, false).subsampling(64, 48));
    }

    @Test
    void an_empty_box_is_refused() {
        assertThrows(IllegalArgumentException.class, () -> new ImageTarget(0, 10, false));
        assertThrows(IllegalArgumentException.class, () -> new ImageTarget(10, 0, true));
    }

    @Property
    void subsampled_image_keeps_two_pixels_per_drawn_pixel_and_one_more_step_would_not(
            @ForAll @IntRange(min = 1, max = 8192) int sourceWidth, @ForAll @IntRange(min = 1, max = 8192) int sourceHeight,
            @ForAll @IntRange(min = 1, max = 4000) int boxWidth, @ForAll @IntRange(min = 1, max = 4000) int boxHeight,
            @ForAll boolean cover) {
        ImageTarget target = new ImageTarget(boxWidth, boxHeight, cover);
        int step = target.subsampling(sourceWidth, sourceHeight);

        double sx = (double) boxWidth / sourceWidth;
        double sy = (double) boxHeight / sourceHeight;
        double drawnPerSource = cover ? Math.max(sx, sy) : Math.min(sx, sy);
        double decodedPerDrawn = 1.0 / (step * drawnPerSource);
        assertTrue(step == 1 || decodedPerDrawn >= 2 - 1e-9, "step " + step + " leaves " + decodedPerDrawn);
        assertTrue(1.0 / ((step + 1) * drawnPerSource) < 2 + 1e-9, "step " + (step + 1) + " would still do");
    }
}
