package com.storefront.signage.core.render;

import java.awt.Font;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.text.Bidi;

/**
 * Builds the attributed text Java2D shapes: each run of characters gets the shipped font of its
 * script (combining marks stay with their base letter), and the paragraph gets its detected direction.
 */
final class StyledText {
    private StyledText() {
    }

    /** True when the first strong character is right-to-left (Arabic, Persian, Hebrew). */
    static boolean isRightToLeft(String text) {
        return !new Bidi(text, Bidi.DIRECTION_DEFAULT_LEFT_TO_RIGHT).baseIsLeftToRight();
    }

    static AttributedString of(String text, float size, boolean bold, boolean rtl, FontSet fonts) {
        AttributedString styled = new AttributedString(text);
        Font current = null;
        int runStart = 0;
        for (int i = 0; i < text.length(); ) {
            int cp = text.codePointAt(i);
            Font font = fontFor(cp, current, bold, fonts);
            if (current != null && !font.equals(current)) {
                styled.addAttribute(TextAttribute.FONT, current.deriveFont(size), runStart, i);
                runStart = i;
            }
            current = font;
            i += Character.charCount(cp);
        }
        if (current != null) {
            styled.addAttribute(TextAttribute.FONT, current.deriveFont(size), runStart, text.length());
        }
        styled.addAttribute(TextAttribute.RUN_DIRECTION,
                rtl ? TextAttribute.RUN_DIRECTION_RTL : TextAttribute.RUN_DIRECTION_LTR);
        return styled;
    }

    private static Font fontFor(int cp, Font previous, boolean bold, FontSet fonts) {
        Character.UnicodeScript script = Character.UnicodeScript.of(cp);
        if (script == Character.UnicodeScript.INHERITED && previous != null) {
            return previous;
        }
        Font base = fonts.baseFor(cp, bold);
        if (script == Character.UnicodeScript.COMMON && !base.canDisplay(cp)) {
            // Arabic comma, question mark and the like are "common" but only the Arabic font has them
            for (int probe : new int[] {0x0627, 0x05D0}) {
                Font other = fonts.baseFor(probe, bold);
                if (other.canDisplay(cp)) {
                    return other;
                }
            }
        }
        return base;
    }
}
