package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import javax.imageio.stream.FileImageInputStream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * The player decodes a photo from its cached file, the server's preview from the uploaded bytes in
 * memory; both call the one {@link ImageDecoder#decode(javax.imageio.stream.ImageInputStream, long, ImageTarget)}
 * for the box the painter asks for, so a slide with a 4K photo paints the same pixels either way.
 */
class SharedImageDecodeTest {
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(names = {"HD_LANDSCAPE", "EINK_GRAY16"})
    void a_slide_with_a_4k_photo_paints_the_same_pixels_from_the_cached_file_as_from_bytes_in_memory(DisplayClass cls) throws IOException {
        byte[] photo = LargePhotos.png();
        Path file = Files.write(dir.resolve("photo.png"), photo);
        SlideSpec recommendations = RecommendationsTemplateTest.slide("en", 6, Map.of());
        SlideSpec promotion = SlideRendererTest.promotion("en", Map.of("image", "a".repeat(64)));

        for (SlideSpec spec : new SlideSpec[] {recommendations, promotion}) {
            BufferedImage fromFile = RENDERER.render(spec, cls, new DecodedImageCache(fromFile(file), DecodedImageCache.budgetFor(cls)));
            BufferedImage fromBytes = RENDERER.render(spec, cls, new DecodedImageCache(fromBytes(photo), DecodedImageCache.budgetFor(cls)));

            assertEquals(0, differingPixels(fromFile, fromBytes), spec.templateId() + " on " + cls.id());
        }
    }

    /** Every image reference is the photo, read from its file as the player's media cache reads it. */
    private static MediaSource fromFile(Path file) {
        return new Decoding() {
            @Override
            BufferedImage decode(ImageTarget target) throws IOException, ImageDecoder.InvalidImageException {
                return ImageDecoder.decode(new FileImageInputStream(file.toFile()), ImageDecoder.DEFAULT_MAX_PIXELS, target);
            }
        };
    }

    /** Every image reference is the photo, decoded from bytes in memory as the server's preview does. */
    private static MediaSource fromBytes(byte[] photo) {
        return new Decoding() {
            @Override
            BufferedImage decode(ImageTarget target) throws ImageDecoder.InvalidImageException {
                return ImageDecoder.decode(photo, ImageDecoder.DEFAULT_MAX_PIXELS, target);
            }
        };
    }

    private abstract static class Decoding implements MediaSource {
        abstract BufferedImage decode(ImageTarget target) throws IOException, ImageDecoder.InvalidImageException;

        @Override
        public Optional<BufferedImage> image(String sha256) {
            return image(sha256, null);
        }

        @Override
        public Optional<BufferedImage> image(String sha256, ImageTarget target) {
            try {
                return Optional.of(decode(target));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (ImageDecoder.InvalidImageException e) {
                throw new AssertionError(e);
            }
        }
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
