package com.storefront.signage.core.eink;

import java.util.Objects;

/**
 * One colour a panel can show, as measured on the glass (not the ideal sRGB value: e-paper black
 * is a dark grey and its red is dull), and what it is called.
 */
public record PaletteColour(String name, String rgb) {
    public PaletteColour {
        Objects.requireNonNull(name, "name");
        if (rgb == null || !rgb.matches("#[0-9a-fA-F]{6}")) {
            throw new IllegalArgumentException("palette colour " + name + " needs an rgb like #1a1a1a, got " + rgb);
        }
    }

    public int argb() {
        return 0xFF000000 | Integer.parseInt(rgb.substring(1), 16);
    }
}
