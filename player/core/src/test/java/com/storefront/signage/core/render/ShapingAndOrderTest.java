package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.TextAttribute;
import java.awt.font.GlyphVector;
import java.awt.font.TextLayout;
import java.awt.geom.Rectangle2D;
import java.text.AttributedString;
import org.junit.jupiter.api.Test;

/**
 * Arabic must be joined and bidirectional text ordered right; both are checked by measurement,
 * and each check is paired with a control showing it would catch the wrong result.
 */
class ShapingAndOrderTest {
    private static final String MARHABA = "مرحبا";
    private static final String HEBREW_PRICE = "מחיר 12.90 ₪";

    private final FontSet fonts = FontSet.shipped();
    private final FontRenderContext frc = TextFitterTest.frc();
    private final Font arabic = fonts.baseFor(MARHABA.codePointAt(0), false).deriveFont(48f);

    @Test
    void shippedArabicFontCoversTheWord() {
        assertEquals(-1, arabic.canDisplayUpTo(MARHABA));
        assertFalse(arabic.getFamily().equals(fonts.baseFor('A', false).getFamily()), arabic.getFamily());
    }

    @Test
    void arabicLettersTakeTheirJoiningForms() {
        GlyphVector shaped = arabic.layoutGlyphVector(frc, MARHABA.toCharArray(), 0, MARHABA.length(), Font.LAYOUT_RIGHT_TO_LEFT);
        GlyphVector isolated = arabic.createGlyphVector(frc, MARHABA);
        assertEquals(MARHABA.length(), isolated.getNumGlyphs());

        int changed = 0;
        for (int g = 0; g < shaped.getNumGlyphs(); g++) {
            int logical = shaped.getGlyphCharIndex(g);
            if (shaped.getGlyphCode(g) != isolated.getGlyphCode(logical)) {
                changed++;
            }
        }

        // meem initial, reh final, hah initial, beh medial, alef final: every letter joins
        assertEquals(MARHABA.length(), changed);
    }

    @Test
    void lamAlefBecomesOneLigature() {
        String lamAlef = "لا";

        GlyphVector shaped = arabic.layoutGlyphVector(frc, lamAlef.toCharArray(), 0, 2, Font.LAYOUT_RIGHT_TO_LEFT);

        assertEquals(1, shaped.getNumGlyphs());
    }

    @Test
    void arabicIsLaidOutRightToLeft() {
        GlyphVector shaped = arabic.layoutGlyphVector(frc, MARHABA.toCharArray(), 0, MARHABA.length(), Font.LAYOUT_RIGHT_TO_LEFT);

        double firstLetterX = xOfGlyphFor(shaped, 0);
        double lastLetterX = xOfGlyphFor(shaped, MARHABA.length() - 1);

        assertTrue(firstLetterX > lastLetterX, "meem at " + firstLetterX + " should be right of alef at " + lastLetterX);
    }

    @Test
    void styledTextShapesArabicTheSameWayAsTheFontDoes() {
        GlyphVector shaped = arabic.layoutGlyphVector(frc, MARHABA.toCharArray(), 0, MARHABA.length(), Font.LAYOUT_RIGHT_TO_LEFT);
        GlyphVector isolated = arabic.createGlyphVector(frc, MARHABA);

        TextLayout line = layout(MARHABA, true);

        // joined forms are narrower than the letters set apart, so the advance tells the two apart
        assertEquals(shaped.getLogicalBounds().getWidth(), line.getAdvance(), 0.01);
        assertTrue(isolated.getLogicalBounds().getWidth() - line.getAdvance() > 5,
                "isolated " + isolated.getLogicalBounds().getWidth() + " vs laid out " + line.getAdvance());
    }

    @Test
    void hebrewWordSitsRightOfThePriceInARightToLeftLine() {
        TextLayout line = layout(HEBREW_PRICE, StyledText.isRightToLeft(HEBREW_PRICE));

        Rectangle2D word = span(line, 0, 4);
        Rectangle2D digits = span(line, 5, 10);
        Rectangle2D shekel = span(line, 11, 12);

        assertTrue(word.getMinX() >= digits.getMaxX(), "word " + word + " should be right of digits " + digits);
        assertTrue(shekel.getMaxX() <= digits.getMinX(), "shekel " + shekel + " should be left of digits " + digits);
    }

    @Test
    void theOrderCheckCatchesHebrewLaidOutInLogicalOrder() {
        // control: a left-to-right override sets the characters down in memory order, the classic reversed-Hebrew bug
        AttributedString naive = StyledText.of(HEBREW_PRICE, 48, false, false, fonts);
        naive.addAttribute(TextAttribute.BIDI_EMBEDDING, -2);
        TextLayout reversed = new TextLayout(naive.getIterator(), frc);

        Rectangle2D word = span(reversed, 0, 4);
        Rectangle2D digits = span(reversed, 5, 10);

        assertTrue(word.getMaxX() <= digits.getMinX(), "word " + word + " should be left of digits " + digits);
        assertTrue(span(reversed, 0, 1).getMinX() < span(reversed, 3, 4).getMinX(), "letters should be in memory order");
    }

    @Test
    void evenALeftToRightParagraphKeepsHebrewRightOfTheNumberThatFollowsIt() {
        TextLayout line = layout(HEBREW_PRICE, false);

        assertTrue(span(line, 0, 4).getMinX() >= span(line, 5, 10).getMaxX());
    }

    @Test
    void digitsInsideRightToLeftTextKeepTheirOwnOrder() {
        TextLayout line = layout(HEBREW_PRICE, true);

        double one = span(line, 5, 6).getMinX();
        double two = span(line, 6, 7).getMinX();
        double nine = span(line, 8, 9).getMinX();
        double zero = span(line, 9, 10).getMinX();

        assertTrue(one < two && two < nine && nine < zero, "12.90 must read left to right: " + one + ", " + two + ", " + nine + ", " + zero);
    }

    @Test
    void hebrewLettersReadRightToLeftWithinTheWord() {
        TextLayout line = layout(HEBREW_PRICE, true);

        double mem = span(line, 0, 1).getMinX();
        double resh = span(line, 3, 4).getMinX();

        assertTrue(mem > resh, "mem (first letter) at " + mem + " should be right of resh (last) at " + resh);
    }

    @Test
    void arabicWordSitsRightOfItsPrice() {
        String text = "السعر 12.90";
        TextLayout line = layout(text, StyledText.isRightToLeft(text));

        Rectangle2D word = span(line, 0, 5);
        Rectangle2D digits = span(line, 6, 11);

        assertTrue(word.getMinX() >= digits.getMaxX(), "word " + word + " should be right of digits " + digits);
    }

    @Test
    void hebrewAndDigitsGetDifferentFonts() {
        Font hebrew = fonts.baseFor('מ', false);
        Font digits = fonts.baseFor('1', false);

        assertNotEquals(hebrew.getFamily(), digits.getFamily());
        assertEquals(-1, hebrew.canDisplayUpTo("מחיר"));
    }

    private TextLayout layout(String text, boolean rtl) {
        return new TextLayout(StyledText.of(text, 48, false, rtl, fonts).getIterator(), frc);
    }

    /** Where characters [start, end) were placed on the line, from the layout's own hit testing. */
    private static Rectangle2D span(TextLayout line, int start, int end) {
        return line.getLogicalHighlightShape(start, end).getBounds2D();
    }

    private static double xOfGlyphFor(GlyphVector glyphs, int charIndex) {
        for (int g = 0; g < glyphs.getNumGlyphs(); g++) {
            if (glyphs.getGlyphCharIndex(g) == charIndex) {
                return glyphs.getGlyphPosition(g).getX();
            }
        }
        throw new AssertionError("no glyph for character " + charIndex);
    }
}
