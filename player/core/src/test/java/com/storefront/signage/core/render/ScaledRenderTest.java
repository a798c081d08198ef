package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ScaledRenderTest {
    private static final String IMAGE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();

    @Test
    void hd_landscape_at_twice_the_scale_is_3840_by_2160() {
        BufferedImage frame = RENDERER.render(SlideRendererTest.promotion("en", Map.of()), DisplayClass.HD_LANDSCAPE, MediaSource.NONE, 2);

        assertEquals(3840, frame.getWidth());
        assertEquals(2160, frame.getHeight());
    }

    @Test
    void the_2x_frame_halved_matches_the_native_frame_within_a_small_mean_difference() {
        SlideSpec spec = SlideRendererTest.promotion("en", Map.of("image", IMAGE));
        MediaSource media = sha -> Optional.of(gradient());

        BufferedImage native1080 = RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, media);
        BufferedImage halved = halve(RENDERER.render(spec, DisplayClass.HD_LANDSCAPE, media, 2));

        // text edges and glyph hinting differ between sizes; the layout, colours and image placement must not
        double mean = meanAbsoluteDifference(native1080, halved);
        assertTrue(mean < 4.0, "mean absolute channel difference " + mean + " of 255");
    }

    @Test
    void scale_below_one_is_refused() {
        assertThrows(IllegalArgumentException.class,
                () -> RENDERER.render(SlideRendererTest.promotion("en", Map.of()), DisplayClass.HD_LANDSCAPE, MediaSource.NONE, 0));
    }

    private static BufferedImage gradient() {
        BufferedImage image = new BufferedImage(400, 300, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 300; y++) {
            for (int x = 0; x < 400; x++) {
                image.setRGB(x, y, (x * 255 / 399) << 16 | (y * 255 / 299) << 8 | 0x40);
            }
        }
        return image;
    }

    /** 2x2 box average. */
    private static BufferedImage halve(BufferedImage big) {
        BufferedImage out = new BufferedImage(big.getWidth() / 2, big.getHeight() / 2, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < out.getHeight(); y++) {
            for (int x = 0; x < out.getWidth(); x++) {
                int r = 0;
                int g = 0;
                int b = 0;
                for (int dy = 0; dy < 2; dy++) {
                    for (int dx = 0; dx < 2; dx++) {
                        int p = big.getRGB(2 * x + dx, 2 * y + dy);
                        r += p >> 16 & 0xFF;
                        g += p >> 8 & 0xFF;
                        b += p & 0xFF;
                    }
                }
                out.setRGB(x, y, (r / 4) << 16 | (g / 4) << 8 | b / 4);
            }
        }
        return out;
    }

    private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs((p >> 16 & 0xFF) - (q >> 16 & 0xFF)) + Math.abs((p >> 8 & 0xFF) - (q >> 8 & 0xFF))
                        + Math.abs((p & 0xFF) - (q & 0xFF));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
