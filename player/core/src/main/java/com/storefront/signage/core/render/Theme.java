package com.storefront.signage.core.render;

import com.storefront.signage.core.protocol.PanelPalette;
import com.storefront.signage.core.template.SlideRenderException;
import java.awt.Color;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Maps a template's colour names to what a palette can show. Templates say {@code accent}, not red,
 * so one layout reads well on a colour screen, a black/white sign and a red shelf label.
 */
public final class Theme {
    private static final Pattern HEX = Pattern.compile("#[0-9a-fA-F]{6}");
    private static final Map<String, Integer> FULL = Map.of(
            "paper", 0xFFF8F0, "ink", 0x1B1B1F, "accent", 0xD62828, "accent-ink", 0xFFFFFF,
            "muted", 0x6B6B76, "brand", 0x0B4F8C, "brand-ink", 0xFFFFFF, "highlight", 0xFFD23F);
    private static final Map<String, Integer> BLACK_WHITE = Map.of(
            "paper", 0xFFFFFF, "ink", 0x000000, "accent", 0x000000, "accent-ink", 0xFFFFFF,
            "muted", 0x000000, "brand", 0x000000, "brand-ink", 0xFFFFFF, "highlight", 0xFFFFFF);
    private static final Map<String, Integer> GRAY16 = Map.of(
            "paper", 0xFFFFFF, "ink", 0x000000, "accent", 0x000000, "accent-ink", 0xFFFFFF,
            "muted", 0x555555, "brand", 0x333333, "brand-ink", 0xFFFFFF, "highlight", 0xDDDDDD);
    private static final Map<String, Integer> BLACK_WHITE_RED = Map.of(
            "paper", 0xFFFFFF, "ink", 0x000000, "accent", 0xFF0000, "accent-ink", 0xFFFFFF,
            "muted", 0x000000, "brand", 0x000000, "brand-ink", 0xFFFFFF, "highlight", 0xFF0000);

    private final Map<String, Integer> colours;
    private final boolean antialias;

    private Theme(Map<String, Integer> colours, boolean antialias) {
        this.colours = colours;
        this.antialias = antialias;
    }

    public static Theme of(PanelPalette palette) {
        return switch (palette) {
            case FULL_COLOUR -> new Theme(FULL, true);
            // e-ink text is drawn without anti-aliasing: grey fringes would dither into noise
            case BLACK_WHITE -> new Theme(BLACK_WHITE, false);
            case GRAY16 -> new Theme(GRAY16, false);
            case BLACK_WHITE_RED -> new Theme(BLACK_WHITE_RED, false);
        };
    }

    public boolean antialias() {
        return antialias;
    }

    public Color colour(String name) {
        Integer rgb = colours.get(name);
        if (rgb != null) {
            return new Color(rgb);
        }
        if (HEX.matcher(name).matches() && colours == FULL) {
            return new Color(Integer.parseInt(name.substring(1), 16));
        }
        throw new SlideRenderException("unknown colour '" + name + "'; use one of " + colours.keySet());
    }
}
