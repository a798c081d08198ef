package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DecodedImageCacheTest {
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final String C = "c".repeat(64);
    private static final ImageTarget BOX = new ImageTarget(100, 100, false);
    /** every decode below is 100x100 INT_RGB */
    private static final long IMAGE_BYTES = 100 * 100 * 4;

    private final Decoding source = new Decoding();

    @Test
    void the_same_image_for_the_same_box_is_decoded_once() {
        DecodedImageCache cache = new DecodedImageCache(source, 10 * IMAGE_BYTES);

        BufferedImage first = cache.image(A, BOX).orElseThrow();
        BufferedImage second = cache.image(A, BOX).orElseThrow();

        assertSame(first, second);
        assertEquals(List.of(A + "@100x100"), source.decoded);
    }

    @Test
    void the_same_image_for_another_box_is_decoded_for_that_box() {
        DecodedImageCache cache = new DecodedImageCache(source, 10 * IMAGE_BYTES);

        cache.image(A, BOX);
        cache.image(A, new ImageTarget(100, 100, true));
        cache.image(A);

        assertEquals(List.of(A + "@100x100", A + "@100x100 cover", A + "@full"), source.decoded);
    }

    @Test
    void the_least_recently_used_image_goes_first_when_the_budget_is_full() {
        DecodedImageCache cache = new DecodedImageCache(source, 2 * IMAGE_BYTES);
        cache.image(A, BOX);
        cache.image(B, BOX);
        cache.image(A, BOX);

        cache.image(C, BOX);
        cache.image(A, BOX);
        cache.image(B, BOX);

        assertEquals(List.of(A + "@100x100", B + "@100x100", C + "@100x100", B + "@100x100"), source.decoded);
        assertEquals(2 * IMAGE_BYTES, cache.keptBytes());
    }

    @Test
    void an_image_larger_than_the_whole_budget_is_not_kept() {
        DecodedImageCache cache = new DecodedImageCache(source, IMAGE_BYTES - 1);

        cache.image(A, BOX);
        cache.image(A, BOX);

        assertEquals(2, source.decoded.size());
        assertEquals(0, cache.keptBytes());
    }

    @Test
    void media_the_source_does_not_have_yet_is_asked_for_again() {
        List<String> asked = new ArrayList<>();
        DecodedImageCache cache = new DecodedImageCache(new MediaSource() {
            @Override
            public Optional<BufferedImage> image(String sha256) {
                asked.add(sha256);
                return Optional.empty();
            }
        }, 10 * IMAGE_BYTES);

        assertEquals(Optional.empty(), cache.image(A, BOX));
        assertEquals(Optional.empty(), cache.image(A, BOX));

        assertEquals(List.of(A, A), asked);
    }

    @Test
    void e_ink_players_keep_far_fewer_decoded_images_than_hd_players() {
        long hd = DecodedImageCache.budgetFor(DisplayClass.HD_LANDSCAPE);

        for (DisplayClass eink : List.of(DisplayClass.EINK_GRAY16, DisplayClass.EINK_BW, DisplayClass.EINK_BWR_LABEL)) {
            assertTrue(DecodedImageCache.budgetFor(eink) * 8 <= hd, eink + " keeps " + DecodedImageCache.budgetFor(eink));
        }
    }

    /** Decodes a fresh 100x100 image per call and notes what it was asked for. */
    private static final class Decoding implements MediaSource {
        final List<String> decoded = new ArrayList<>();

        @Override
        public Optional<BufferedImage> image(String sha256) {
            decoded.add(sha256 + "@full");
            return Optional.of(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        }

        @Override
        public Optional<BufferedImage> image(String sha256, ImageTarget target) {
            decoded.add(sha256 + "@" + target.width() + "x" + target.height() + (target.cover() ? " cover" : ""));
            return Optional.of(new BufferedImage(100, 100, BufferedImage.TYPE_INT_RGB));
        }
    }
}
