package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.NotFoundException;
import com.google.zxing.RGBLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.provider.Arguments;

/** Checks shared by the template tests: a slide stays inside its frame, its text fits, its QR code reads. */
final class TemplateFrames {
    static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final TextFitter FITTER = new TextFitter(FontSet.shipped());

    private TemplateFrames() {
    }

    static Stream<Arguments> everyDisplayClassInEachScript() {
        return Stream.of("en", "ar", "he").flatMap(language ->
                Stream.of(DisplayClass.values()).map(c -> Arguments.of(c, language)));
    }

    /** Renders the slide and checks every element lies inside the frame and no text had to be cut short. */
    static BufferedImage assertRendersInsideTheFrame(SlideSpec spec, DisplayClass displayClass) {
        BufferedImage frame = RENDERER.render(spec, displayClass, MediaSource.NONE);
        assertEquals(displayClass.width(), frame.getWidth());
        assertEquals(displayClass.height(), frame.getHeight());
        boolean antialias = Theme.of(displayClass.palette()).antialias();
        FontRenderContext frc = new FontRenderContext(null, antialias, true);
        for (LayoutElement e : RENDERER.layout(spec, displayClass).elements()) {
            LayoutElement.Box b = e.box();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= frame.getWidth() && b.y() + b.h() <= frame.getHeight(),
                    e + " leaves the frame");
            if (e instanceof LayoutElement.Text t) {
                FittedText fitted = FITTER.fit(t.content(), t, frc);
                assertFalse(fitted.truncated(), () -> "'" + t.content() + "' is cut short in " + b);
                assertTrue(fitted.height() <= b.h(), () -> "'" + t.content() + "' is taller than " + b);
            }
        }
        return frame;
    }

    static String decodeQr(BufferedImage frame) throws NotFoundException {
        int[] argb = frame.getRGB(0, 0, frame.getWidth(), frame.getHeight(), null, 0, frame.getWidth());
        BinaryBitmap bitmap = new BinaryBitmap(new HybridBinarizer(new RGBLuminanceSource(frame.getWidth(), frame.getHeight(), argb)));
        try {
            return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, Boolean.TRUE)).getText();
        } catch (Exception e) {
            throw NotFoundException.getNotFoundInstance();
        }
    }

    /** WCAG contrast ratio of two sRGB colours, from 1 (same) to 21 (black on white). */
    static double contrast(int rgb1, int rgb2) {
        double a = luminance(rgb1);
        double b = luminance(rgb2);
        return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
    }

    private static double luminance(int rgb) {
        return 0.2126 * linear(rgb >> 16 & 0xFF) + 0.7152 * linear(rgb >> 8 & 0xFF) + 0.0722 * linear(rgb & 0xFF);
    }

    private static double linear(int channel) {
        double c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
    }
}
