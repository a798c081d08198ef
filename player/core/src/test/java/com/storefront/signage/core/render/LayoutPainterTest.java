package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.storefront.signage.core.protocol.PanelPalette;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class LayoutPainterTest {
    private static final int PAPER = 0xFFF8F0;
    private static final int INK = 0x1B1B1F;
    private static final int MAGENTA = 0xFF00FF;

    private final LayoutPainter painter = new LayoutPainter(FontSet.shipped());
    private final Theme colour = Theme.of(PanelPalette.FULL_COLOUR);

    @Test
    void paintsTheBackgroundInThePaletteColour() {
        BufferedImage frame = painter.paint(new SlideLayout(40, 30, "brand", List.of()), colour, MediaSource.NONE);

        assertEquals(Set.of(0x0B4F8C), SlideRendererTest.colours(frame));
    }

    @Test
    void startAlignedLeftToRightTextHugsTheLeftEdge() {
        Ink ink = inkOf(text("Sale", "start"));

        assertTrue(ink.left < 20 && ink.right < 300, ink.toString());
    }

    @Test
    void startAlignedRightToLeftTextHugsTheRightEdge() {
        Ink ink = inkOf(text("تخفيضات", "start"));

        assertTrue(ink.right > 780 && ink.left > 500, ink.toString());
    }

    @Test
    void endAlignedRightToLeftTextHugsTheLeftEdge() {
        Ink ink = inkOf(text("מבצע", "end"));

        assertTrue(ink.left < 20 && ink.right < 300, ink.toString());
    }

    @Test
    void wrappedRightToLeftLineSitsWhereTheSameWordSitsAlone() {
        // "שלום " ends in the space the line broke at; in right-to-left text that space is on the left
        LayoutElement.Box box = new LayoutElement.Box(100, 0, 170, 200);
        LayoutElement.Text wrapped = new LayoutElement.Text(box, "שלום עולם", 48, 48, false, "ink", "start", "top", 2, false);
        LayoutElement.Text alone = new LayoutElement.Text(box, "שלום", 48, 48, false, "ink", "start", "top", 2, false);

        BufferedImage a = painter.paint(new SlideLayout(400, 200, "paper", List.of(wrapped)), colour, MediaSource.NONE);
        BufferedImage b = painter.paint(new SlideLayout(400, 200, "paper", List.of(alone)), colour, MediaSource.NONE);

        int lineHeight = 60;
        assertTrue(Ink.of(b).bottom < lineHeight, "the single word fits one line");
        for (int y = 0; y < lineHeight; y++) {
            for (int x = 0; x < 400; x++) {
                assertEquals(b.getRGB(x, y), a.getRGB(x, y), "first line differs at " + x + "," + y);
            }
        }
    }

    @Test
    void centredTextIsCentred() {
        Ink ink = inkOf(text("Sale", "center"));

        assertEquals(400, (ink.left + ink.right) / 2.0, 6);
    }

    @Test
    void textNeverPaintsOutsideItsBox() {
        LayoutElement.Text overlong = new LayoutElement.Text(new LayoutElement.Box(100, 100, 200, 50),
                "A headline far too long for such a small box, repeated again and again and again", 60, 40,
                true, "ink", "start", "top", 1, false);

        BufferedImage frame = painter.paint(new SlideLayout(400, 300, "paper", List.of(overlong)), colour, MediaSource.NONE);

        Ink ink = Ink.of(frame);
        assertTrue(ink.left >= 100 && ink.right < 300 && ink.top >= 100 && ink.bottom < 150, ink.toString());
    }

    @Test
    void struckTextHasALineAcrossItsMiddle() {
        LayoutElement.Text plain = new LayoutElement.Text(new LayoutElement.Box(0, 0, 400, 100), "$4.99", 64, 32, false,
                "ink", "start", "top", 1, false);
        LayoutElement.Text struck = new LayoutElement.Text(plain.box(), "$4.99", 64, 32, false, "ink", "start", "top", 1, true);

        BufferedImage withLine = painter.paint(new SlideLayout(400, 100, "paper", List.of(struck)), colour, MediaSource.NONE);
        BufferedImage without = painter.paint(new SlideLayout(400, 100, "paper", List.of(plain)), colour, MediaSource.NONE);

        int row = longestInkRow(withLine);
        assertTrue(inkRun(withLine, row) > 100, "no line through the price");
        assertTrue(inkRun(without, longestInkRow(without)) < inkRun(withLine, row));
    }

    @Test
    void containedImageIsLetterboxed() {
        BufferedImage wide = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
        fill(wide, MAGENTA);
        LayoutElement.Image element = new LayoutElement.Image(new LayoutElement.Box(0, 0, 200, 200), "x", "contain");

        BufferedImage frame = painter.paint(new SlideLayout(200, 200, "paper", List.of(element)), colour, sha -> Optional.of(wide));

        assertEquals(PAPER, frame.getRGB(100, 10) & 0xFFFFFF);
        assertEquals(MAGENTA, frame.getRGB(100, 100) & 0xFFFFFF);
        assertEquals(PAPER, frame.getRGB(100, 190) & 0xFFFFFF);
    }

    @Test
    void coveredImageFillsItsBoxAndNoMore() {
        BufferedImage wide = new BufferedImage(100, 50, BufferedImage.TYPE_INT_RGB);
        fill(wide, MAGENTA);
        LayoutElement.Image element = new LayoutElement.Image(new LayoutElement.Box(50, 50, 100, 100), "x", "cover");

        BufferedImage frame = painter.paint(new SlideLayout(200, 200, "paper", List.of(element)), colour, sha -> Optional.of(wide));

        assertEquals(100 * 100, SlideRendererTest.count(frame, MAGENTA, new LayoutElement.Box(0, 0, 200, 200)));
        assertEquals(100 * 100, SlideRendererTest.count(frame, MAGENTA, element.box()));
    }

    @Test
    void qrCodeIsSharpAndReadable() throws Exception {
        String url = "https://signage.example.com/pair?code=K7P-Q2M";
        LayoutElement.Qr qr = new LayoutElement.Qr(new LayoutElement.Box(10, 10, 300, 300), url, "ink", "paper");

        BufferedImage frame = painter.paint(new SlideLayout(320, 320, "paper", List.of(qr)), colour, MediaSource.NONE);

        assertEquals(Set.of(PAPER, INK), SlideRendererTest.colours(frame), "modules must not be anti-aliased");
        int[] argb = frame.getRGB(0, 0, 320, 320, null, 0, 320);
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(320, 320, argb)));
        assertEquals(url, new QRCodeReader().decode(bitmap).getText());
    }

    @Test
    void imageIsAskedForAtTheSizeOfItsBoxInDevicePixels() {
        List<ImageTarget> asked = new java.util.ArrayList<>();
        MediaSource recording = new MediaSource() {
            @Override
            public Optional<BufferedImage> image(String sha256) {
                throw new AssertionError("the painter asks for the image for its box");
            }

            @Override
            public Optional<BufferedImage> image(String sha256, ImageTarget target) {
                asked.add(target);
                return Optional.empty();
            }
        };
        List<LayoutElement> images = List.of(
                new LayoutElement.Image(new LayoutElement.Box(10, 10, 120, 80), "a".repeat(64), "cover"),
                new LayoutElement.Image(new LayoutElement.Box(200, 10, 90, 60), "b".repeat(64), "contain"),
                new LayoutElement.Image(new LayoutElement.Box(300, 10, 0, 60), "c".repeat(64), "contain"));

        painter.paint(new SlideLayout(400, 100, "paper", images), colour, recording, 2);

        assertEquals(List.of(new ImageTarget(240, 160, true), new ImageTarget(180, 120, false)), asked);
    }

    private Ink inkOf(LayoutElement.Text text) {
        return Ink.of(painter.paint(new SlideLayout(800, 100, "paper", List.of(text)), colour, MediaSource.NONE));
    }

    private static LayoutElement.Text text(String content, String align) {
        return new LayoutElement.Text(new LayoutElement.Box(0, 0, 800, 100), content, 48, 20, false, "ink", align, "top", 1, false);
    }

    private static void fill(BufferedImage image, int rgb) {
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                image.setRGB(x, y, rgb);
            }
        }
    }

    private static int longestInkRow(BufferedImage image) {
        int best = 0;
        for (int y = 1; y < image.getHeight(); y++) {
            if (inkRun(image, y) > inkRun(image, best)) {
                best = y;
            }
        }
        return best;
    }

    /** The longest horizontal run of non-paper pixels in a row. */
    private static int inkRun(BufferedImage image, int y) {
        int best = 0;
        int run = 0;
        for (int x = 0; x < image.getWidth(); x++) {
            run = (image.getRGB(x, y) & 0xFFFFFF) == PAPER ? 0 : run + 1;
            best = Math.max(best, run);
        }
        return best;
    }

    /** The bounding box of everything that is not paper. */
    private record Ink(int left, int top, int right, int bottom) {
        static Ink of(BufferedImage image) {
            int left = Integer.MAX_VALUE;
            int top = Integer.MAX_VALUE;
            int right = -1;
            int bottom = -1;
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    if ((image.getRGB(x, y) & 0xFFFFFF) != PAPER) {
                        left = Math.min(left, x);
                        right = Math.max(right, x);
                        top = Math.min(top, y);
                        bottom = Math.max(bottom, y);
                    }
                }
            }
            if (right < 0) {
                throw new AssertionError("nothing was painted");
            }
            return new Ink(left, top, right, bottom);
        }
    }
}
