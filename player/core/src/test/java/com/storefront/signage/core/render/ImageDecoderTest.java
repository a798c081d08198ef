package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.PanelPalette;
import java.awt.Transparency;
import java.awt.color.ColorSpace;
import java.awt.image.BufferedImage;
import java.awt.image.ComponentColorModel;
import java.awt.image.DataBuffer;
import java.awt.image.WritableRaster;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageDecoderTest {
    private static final long LIMIT = ImageDecoder.DEFAULT_MAX_PIXELS;

    @Test
    void bytesThatAreNoImageAreRefusedWithAClearMessage() {
        byte[] text = "this is a price list, not a picture".getBytes(StandardCharsets.UTF_8);

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(text, LIMIT));

        assertEquals("not a PNG or JPEG image", e.getMessage());
    }

    @Test
    void emptyBytesAreRefused() {
        assertThrows(ImageDecoder.InvalidImageException.class, () -> ImageDecoder.decode(new byte[0], LIMIT));
    }

    @Test
    void pngCutShortIsRefusedAsUnreadable() throws IOException {
        byte[] png = png(solid(200, 200, 0x2A9D8F));
        byte[] cut = Arrays.copyOf(png, 60);

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(cut, LIMIT));

        assertTrue(e.getMessage().startsWith("image is corrupt") || e.getMessage().startsWith("image cannot be read"),
                e.getMessage());
    }

    @Test
    void pngWithCorruptPixelDataIsRefused() throws IOException {
        byte[] png = png(noise(64, 64));
        // keep the header and IHDR, scramble the compressed pixels that follow
        for (int i = 45; i < png.length - 20; i++) {
            png[i] ^= 0x5A;
        }

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(png, LIMIT));

        assertTrue(e.getMessage().startsWith("image is corrupt"), e.getMessage());
    }

    @Test
    void headerClaimingTooManyPixelsIsRefusedBeforeDecoding() {
        // a valid PNG header for 100000 x 100000 pixels with no pixel data at all: only the header can be read
        byte[] bomb = pngHeaderOnly(100_000, 100_000);

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(bomb, LIMIT));

        assertEquals("image is 100000x100000, larger than the limit of " + LIMIT + " pixels", e.getMessage());
    }

    @Test
    void inspectReadsTheSizeWithoutPixelData() throws ImageDecoder.InvalidImageException {
        ImageDecoder.ImageInfo info = ImageDecoder.inspect(pngHeaderOnly(4000, 3000), LIMIT);

        assertEquals(new ImageDecoder.ImageInfo("png", 4000, 3000), info);
    }

    @Test
    void aRealImageOverACustomLimitIsRefused() throws IOException {
        byte[] png = png(solid(40, 30, 0x000000));

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(png, 1199));

        assertEquals("image is 40x30, larger than the limit of 1199 pixels", e.getMessage());
    }

    @Test
    void validPngDecodesToItsPixels() throws Exception {
        BufferedImage original = noise(13, 7);

        BufferedImage decoded = ImageDecoder.decode(png(original), LIMIT);

        assertEquals(13, decoded.getWidth());
        assertEquals(7, decoded.getHeight());
        for (int y = 0; y < 7; y++) {
            for (int x = 0; x < 13; x++) {
                assertEquals(original.getRGB(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void imageExactlyAtTheLimitIsAccepted() throws Exception {
        BufferedImage decoded = ImageDecoder.decode(png(solid(40, 30, 0xFFFFFF)), 1200);

        assertEquals(40, decoded.getWidth());
    }

    @Test
    void validJpegDecodes() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(solid(32, 16, 0x808080), "jpeg", out);

        assertEquals("jpeg", ImageDecoder.inspect(out.toByteArray(), LIMIT).format());
        assertEquals(32, ImageDecoder.decode(out.toByteArray(), LIMIT).getWidth());
    }

    @Test
    void largePngForASmallBoxDecodesNoLargerThanTwiceTheDrawnSize() throws Exception {
        // a 300x300 box shows the 3840x2160 photo at 300x169: every 6th pixel (640x360) still gives 2 per drawn pixel
        BufferedImage decoded = ImageDecoder.decode(LargePhotos.png(), LIMIT, new ImageTarget(300, 300, false));

        assertEquals(640, decoded.getWidth());
        assertEquals(360, decoded.getHeight());
    }

    @Test
    void largeJpegForASmallBoxDecodesNoLargerThanTwiceTheDrawnSize() throws Exception {
        BufferedImage decoded = ImageDecoder.decode(LargePhotos.jpeg(), LIMIT, new ImageTarget(300, 300, false));

        assertEquals(640, decoded.getWidth());
        assertEquals(360, decoded.getHeight());
    }

    @Test
    void largePngDecodedForItsBoxPaintsLikeTheFullImageScaledDown() throws Exception {
        assertPaintsLikeTheFullImage(LargePhotos.png());
    }

    @Test
    void largeJpegDecodedForItsBoxPaintsLikeTheFullImageScaledDown() throws Exception {
        assertPaintsLikeTheFullImage(LargePhotos.jpeg());
    }

    @Test
    void sixteenBitPngDecodesToEightBitArgbWithTheSamePixels() throws Exception {
        byte[] png = png(sixteenBitRgba(40, 30));

        BufferedImage decoded = ImageDecoder.decode(png, LIMIT);

        BufferedImage reference = ImageIO.read(new ByteArrayInputStream(png));
        assertEquals(BufferedImage.TYPE_CUSTOM, reference.getType());
        assertEquals(BufferedImage.TYPE_INT_ARGB, decoded.getType());
        for (int y = 0; y < 30; y++) {
            for (int x = 0; x < 40; x++) {
                assertEquals(reference.getRGB(x, y), decoded.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void headerClaimingTooManyPixelsIsRefusedBeforeDecodingForABoxToo() {
        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(pngHeaderOnly(100_000, 100_000), LIMIT, new ImageTarget(300, 300, false)));

        assertEquals("image is 100000x100000, larger than the limit of " + LIMIT + " pixels", e.getMessage());
    }

    @Test
    void pngWithCorruptPixelDataIsRefusedWhenDecodedForABox() throws IOException {
        byte[] png = png(noise(640, 480));
        for (int i = 45; i < png.length - 20; i++) {
            png[i] ^= 0x5A;
        }

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(png, LIMIT, new ImageTarget(100, 100, false)));

        assertTrue(e.getMessage().startsWith("image is corrupt"), e.getMessage());
    }

    @Test
    void bytesThatAreNoImageAreRefusedWithTheSameMessageWhenDecodedForABox() {
        byte[] text = "this is a price list, not a picture".getBytes(StandardCharsets.UTF_8);

        ImageDecoder.InvalidImageException e = assertThrows(ImageDecoder.InvalidImageException.class,
                () -> ImageDecoder.decode(text, LIMIT, new ImageTarget(100, 100, false)));

        assertEquals("not a PNG or JPEG image", e.getMessage());
    }

    /** The painter draws the box-sized decode and the full image into the same 300x300 box; they must look alike. */
    private static void assertPaintsLikeTheFullImage(byte[] photo) throws Exception {
        BufferedImage full = ImageDecoder.decode(photo, LIMIT);
        MediaSource whole = sha -> Optional.of(full);
        MediaSource forTheBox = new MediaSource() {
            @Override
            public Optional<BufferedImage> image(String sha256) {
                return Optional.of(full);
            }

            @Override
            public Optional<BufferedImage> image(String sha256, ImageTarget target) {
                try {
                    return Optional.of(ImageDecoder.decode(photo, LIMIT, target));
                } catch (ImageDecoder.InvalidImageException e) {
                    throw new AssertionError(e);
                }
            }
        };
        SlideLayout layout = new SlideLayout(300, 300, "paper",
                List.of(new LayoutElement.Image(new LayoutElement.Box(0, 0, 300, 300), "a".repeat(64), "contain")));
        LayoutPainter painter = new LayoutPainter(FontSet.shipped());
        Theme theme = Theme.of(PanelPalette.FULL_COLOUR);

        double mean = meanAbsoluteDifference(painter.paint(layout, theme, whole), painter.paint(layout, theme, forTheBox));

        assertTrue(mean < 1.0, "mean absolute channel difference " + mean + " of 255");
    }

    private static double meanAbsoluteDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    /** 16 bits per channel with alpha, as cameras and some editors export PNGs. */
    private static BufferedImage sixteenBitRgba(int w, int h) {
        ComponentColorModel model = new ComponentColorModel(ColorSpace.getInstance(ColorSpace.CS_sRGB), true, false,
                Transparency.TRANSLUCENT, DataBuffer.TYPE_USHORT);
        WritableRaster raster = model.createCompatibleWritableRaster(w, h);
        java.util.Random random = new java.util.Random(11);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                raster.setPixel(x, y, new int[] {random.nextInt(65536), random.nextInt(65536), random.nextInt(65536), 65535 - x * 1000});
            }
        }
        return new BufferedImage(model, raster, false, null);
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }

    private static BufferedImage solid(int w, int h, int rgb) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return image;
    }

    private static BufferedImage noise(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        java.util.Random random = new java.util.Random(7);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return image;
    }

    /** PNG signature, an IHDR chunk for an 8-bit RGB image of the given size, and IEND. */
    private static byte[] pngHeaderOnly(int width, int height) {
        ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height)
                .put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        out.writeBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});
        chunk(out, "IHDR", ihdr.array());
        chunk(out, "IEND", new byte[0]);
        return out.toByteArray();
    }

    private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
        byte[] typeBytes = type.getBytes(StandardCharsets.US_ASCII);
        CRC32 crc = new CRC32();
        crc.update(typeBytes);
        crc.update(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
        out.writeBytes(typeBytes);
        out.writeBytes(data);
        out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
    }
}
