package com.storefront.signage.core.protocol;

/** What colours a display can show; e-ink palettes are refined into measured profiles later in the pipeline. */
public enum PanelPalette {
    FULL_COLOUR,
    BLACK_WHITE,
    GRAY16,
    BLACK_WHITE_RED
}
