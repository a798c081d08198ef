package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.TextLayout;
import java.awt.geom.PathIterator;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TextFitterTest {
    private static final String LONG_ENGLISH = "Fresh strawberries from local farms, picked this morning and sold "
            + "by the basket while stocks last at every one of our stores";
    private static final String LONG_ARABIC = "فراولة طازجة من المزارع المحلية قطفت هذا الصباح وتباع بالسلة "
            + "حتى نفاد الكمية في جميع فروعنا";

    private final FontSet fonts = FontSet.shipped();
    private final TextFitter fitter = new TextFitter(fonts);
    private final FontRenderContext frc = frc();

    @Test
    void textThatFitsKeepsItsSize() {
        LayoutElement.Text spec = text("Sale", 800, 200, 60, 20, 1);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertEquals(60f, fitted.size());
        assertFalse(fitted.truncated());
        assertEquals(1, fitted.lines().size());
        assertEquals(4, fitted.lines().get(0).getCharacterCount());
    }

    @Test
    void longTextShrinksBeforeItIsCut() {
        LayoutElement.Text spec = text("Fresh strawberries", 400, 120, 80, 20, 1);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertTrue(fitted.size() < 80f && fitted.size() >= 20f, "size " + fitted.size());
        assertFalse(fitted.truncated());
        assertEquals(1, fitted.lines().size());
        assertEquals(spec.content().length(), charCount(fitted));
        assertTrue(fitted.lines().get(0).getVisibleAdvance() <= 400f);
    }

    @Test
    void stopsShrinkingAtTheFirstSizeThatFits() {
        LayoutElement.Text spec = text("Fresh strawberries", 400, 120, 80, 20, 1);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        // one step larger would no longer fit on one line of the box
        float larger = fitted.size() + Math.max(1f, fitted.size() * 0.06f) + 1f;
        FittedText atLarger = fitter.fit(spec.content(), text(spec.content(), 400, 120, Math.round(larger), Math.round(larger), 1), frc);
        assertTrue(atLarger.truncated(), "text would have fit at " + larger + " but was shrunk to " + fitted.size());
    }

    @Test
    void wrapsOntoSeveralLinesBeforeShrinking() {
        LayoutElement.Text spec = text("Fresh strawberries from local farms", 500, 400, 60, 20, 3);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertEquals(60f, fitted.size());
        assertTrue(fitted.lines().size() > 1 && fitted.lines().size() <= 3, fitted.lines().size() + " lines");
        assertEquals(spec.content().length(), charCount(fitted));
    }

    @Test
    void shrinksALongWordRatherThanBreakingIt() {
        LayoutElement.Text spec = text("Supercalifragilistic", 300, 300, 80, 10, 3);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertEquals(1, fitted.lines().size());
        assertFalse(fitted.truncated());
        assertTrue(fitted.size() < 80f);
    }

    @Test
    void textTooLongAtItsMinimumSizeEndsWithAnEllipsis() {
        LayoutElement.Text spec = text(LONG_ENGLISH, 400, 60, 40, 24, 1);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertTrue(fitted.truncated());
        assertEquals(24f, fitted.size());
        assertEquals(1, fitted.lines().size());
        assertLastLineEndsWithEllipsis(fitted, spec);
    }

    @Test
    void cutTextStaysInsideItsBoxOnEveryLine() {
        LayoutElement.Text spec = text(LONG_ENGLISH, 420, 130, 48, 30, 3);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertTrue(fitted.truncated());
        assertTrue(fitted.lines().size() <= 3);
        assertInsideBox(fitted, spec);
        assertLastLineEndsWithEllipsis(fitted, spec);
    }

    @Test
    void cutArabicTextStaysInsideItsBox() {
        LayoutElement.Text spec = text(LONG_ARABIC, 420, 160, 48, 30, 3);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertTrue(fitted.truncated());
        assertTrue(fitted.rightToLeft());
        assertInsideBox(fitted, spec);
        assertLastLineEndsWithEllipsis(fitted, spec);
    }

    @Test
    void cutBoldTextStaysInsideItsBox() {
        LayoutElement.Text spec = new LayoutElement.Text(new LayoutElement.Box(0, 0, 300, 90), LONG_ENGLISH,
                44, 28, true, "ink", "start", "top", 2, false);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertTrue(fitted.truncated());
        assertInsideBox(fitted, spec);
        assertLastLineEndsWithEllipsis(fitted, spec);
    }

    @Test
    void neverUsesMoreLinesThanAllowedEvenWhenTheBoxIsTall() {
        LayoutElement.Text spec = text(LONG_ENGLISH, 300, 2000, 40, 40, 2);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertEquals(2, fitted.lines().size());
        assertTrue(fitted.truncated());
        assertLastLineEndsWithEllipsis(fitted, spec);
    }

    @Test
    void keepsOneCutLineWhenTheBoxIsShorterThanALine() {
        LayoutElement.Text spec = text(LONG_ENGLISH, 300, 5, 30, 20, 3);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertEquals(1, fitted.lines().size());
        assertTrue(fitted.truncated());
        assertTrue(fitted.height() > 5f, "a single line is taller than the degenerate box");
        assertTrue(fitted.lines().get(0).getVisibleAdvance() <= 300f);
    }

    @Test
    void startsANewLineAtEachLineBreak() {
        LayoutElement.Text spec = text("Open\nevery day", 1000, 300, 40, 20, 2);

        FittedText fitted = fitter.fit(spec.content(), spec, frc);

        assertEquals(2, fitted.lines().size());
        assertEquals(4, fitted.lines().get(0).getCharacterCount());
        assertEquals(9, fitted.lines().get(1).getCharacterCount());
        assertFalse(fitted.truncated());
    }

    @Test
    void blankTextHasNoLines() {
        LayoutElement.Text spec = text("  \n ", 300, 100, 30, 10, 2);

        assertTrue(fitter.fit(spec.content(), spec, frc).lines().isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"مرحبا بكم", "שלום וברוכים הבאים", "خوش آمدید", "12 מחיר מבצע", "«مرحبا»"})
    void detectsRightToLeftText(String content) {
        LayoutElement.Text spec = text(content, 800, 200, 40, 20, 1);

        FittedText fitted = fitter.fit(content, spec, frc);

        assertTrue(fitted.rightToLeft(), content);
        assertFalse(fitted.lines().get(0).isLeftToRight(), content);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Welcome", "Добре дошли", "Sale 50% مرحبا", "3.49"})
    void detectsLeftToRightText(String content) {
        LayoutElement.Text spec = text(content, 800, 200, 40, 20, 1);

        FittedText fitted = fitter.fit(content, spec, frc);

        assertFalse(fitted.rightToLeft(), content);
        assertTrue(fitted.lines().get(0).isLeftToRight(), content);
    }

    private void assertInsideBox(FittedText fitted, LayoutElement.Text spec) {
        for (TextLayout line : fitted.lines()) {
            assertTrue(line.getVisibleAdvance() <= spec.box().w(),
                    "line advance " + line.getVisibleAdvance() + " exceeds width " + spec.box().w());
        }
        assertTrue(fitted.height() <= spec.box().h(), "height " + fitted.height() + " exceeds " + spec.box().h());
    }

    /**
     * TextLayout does not give its characters back, so the last line is compared glyph for glyph with
     * a layout of what it should say: the uncut prefix it covers followed by an ellipsis.
     */
    private void assertLastLineEndsWithEllipsis(FittedText fitted, LayoutElement.Text spec) {
        int start = 0;
        for (int i = 0; i < fitted.lines().size() - 1; i++) {
            start += fitted.lines().get(i).getCharacterCount();
        }
        TextLayout last = fitted.lines().get(fitted.lines().size() - 1);
        String prefix = spec.content().substring(start, start + last.getCharacterCount() - 1);
        TextLayout expected = layout(prefix + "\u2026", fitted, spec);
        TextLayout uncut = layout(spec.content().substring(start, start + last.getCharacterCount()), fitted, spec);

        assertTrue(outline(expected).equals(outline(last)), "last line should be '" + prefix + "…' but its glyphs differ");
        assertFalse(outline(uncut).equals(outline(last)), "the comparison must tell an ellipsis from a letter");
    }

    private TextLayout layout(String s, FittedText fitted, LayoutElement.Text spec) {
        return new TextLayout(StyledText.of(s, fitted.size(), spec.bold(), fitted.rightToLeft(), fonts).getIterator(), frc);
    }

    private static List<String> outline(TextLayout layout) {
        Shape shape = layout.getOutline(null);
        List<String> segments = new ArrayList<>();
        double[] coords = new double[6];
        for (PathIterator it = shape.getPathIterator(null); !it.isDone(); it.next()) {
            int type = it.currentSegment(coords);
            segments.add(type + Arrays.toString(coords));
        }
        return segments;
    }

    private static int charCount(FittedText fitted) {
        return fitted.lines().stream().mapToInt(TextLayout::getCharacterCount).sum();
    }

    private static LayoutElement.Text text(String content, int w, int h, int size, int minSize, int maxLines) {
        return new LayoutElement.Text(new LayoutElement.Box(0, 0, w, h), content, size, minSize, false, "ink",
                "start", "top", maxLines, false);
    }

    /** The context LayoutPainter measures with: fractional metrics on, as on every display class. */
    static FontRenderContext frc() {
        BufferedImage image = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            return g.getFontRenderContext();
        } finally {
            g.dispose();
        }
    }
}
