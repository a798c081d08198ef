package com.storefront.signage.core.protocol;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** The kinds of screen a slide is rendered for, each at its native resolution. */
public enum DisplayClass {
    HD_LANDSCAPE("hd-landscape", 1920, 1080, PanelPalette.FULL_COLOUR),
    HD_PORTRAIT("hd-portrait", 1080, 1920, PanelPalette.FULL_COLOUR),
    EINK_BW("eink-bw", 800, 480, PanelPalette.BLACK_WHITE),
    EINK_GRAY16("eink-gray16", 1872, 1404, PanelPalette.GRAY16),
    EINK_BWR_LABEL("eink-bwr-label", 296, 128, PanelPalette.BLACK_WHITE_RED);

    private final String id;
    private final int width;
    private final int height;
    private final PanelPalette palette;

    DisplayClass(String id, int width, int height, PanelPalette palette) {
        this.id = id;
        this.width = width;
        this.height = height;
        this.palette = palette;
    }

    @JsonValue
    public String id() {
        return id;
    }

    public int width() {
        return width;
    }

    public int height() {
        return height;
    }

    public PanelPalette palette() {
        return palette;
    }

    public boolean isEink() {
        return palette != PanelPalette.FULL_COLOUR;
    }

    public static Optional<DisplayClass> find(String id) {
        return Arrays.stream(values()).filter(c -> c.id.equals(id)).findFirst();
    }

    @JsonCreator
    public static DisplayClass of(String id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException(
                "unknown display class '" + id + "', expected one of " + Arrays.toString(ids())));
    }

    public static String[] ids() {
        return Arrays.stream(values()).map(DisplayClass::id).toArray(String[]::new);
    }
}
