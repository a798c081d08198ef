package com.storefront.signage.core.render;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts shipped in the core jar (Noto Sans, Noto Sans Arabic, Noto Sans Hebrew). Java does not
 * fall back between fonts it loaded itself, so each character is given the font of its script.
 */
public final class FontSet {
    private static final FontSet SHIPPED = new FontSet();

    private final Font latin;
    private final Font latinBold;
    private final Font arabic;
    private final Font arabicBold;
    private final Font hebrew;
    private final Font hebrewBold;

    private FontSet() {
        latin = load("NotoSans-Regular.ttf");
        latinBold = load("NotoSans-Bold.ttf");
        arabic = load("NotoSansArabic-Regular.ttf");
        arabicBold = load("NotoSansArabic-Bold.ttf");
        hebrew = load("NotoSansHebrew-Regular.ttf");
        hebrewBold = load("NotoSansHebrew-Bold.ttf");
    }

    public static FontSet shipped() {
        return SHIPPED;
    }

    /** The base font for a code point; Latin, Cyrillic, digits and punctuation use Noto Sans. */
    public Font baseFor(int codePoint, boolean bold) {
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.ARABIC) {
            return bold ? arabicBold : arabic;
        }
        if (script == Character.UnicodeScript.HEBREW) {
            return bold ? hebrewBold : hebrew;
        }
        return bold ? latinBold : latin;
    }

    private static Font load(String file) {
        try (InputStream in = FontSet.class.getResourceAsStream("/fonts/" + file)) {
            if (in == null) {
                throw new IllegalStateException("font " + file + " is missing from the class path");
            }
            return Font.createFont(Font.TRUETYPE_FONT, in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (FontFormatException e) {
            throw new IllegalStateException("font " + file + " is not a TrueType font", e);
        }
    }
}
