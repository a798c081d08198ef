package com.storefront.signage.bench;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The shipped Noto fonts (media/fonts, packed into the jar under bench-fonts/), so every machine draws the same pixels. */
final class Fonts {
    private static final Map<String, Font> LOADED = new ConcurrentHashMap<>();

    private Fonts() {
    }

    static Font regular(float size) {
        return load("NotoSans-Regular.ttf").deriveFont(Math.max(6f, size));
    }

    static Font bold(float size) {
        return load("NotoSans-Bold.ttf").deriveFont(Math.max(6f, size));
    }

    static Font load(String file) {
        return LOADED.computeIfAbsent(file, f -> {
            try (InputStream in = Fonts.class.getResourceAsStream("/bench-fonts/" + f)) {
                if (in == null) {
                    throw new IllegalStateException("font " + f + " is not in the bench jar");
                }
                return Font.createFont(Font.TRUETYPE_FONT, in);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (FontFormatException e) {
                throw new IllegalStateException(f, e);
            }
        });
    }
}
