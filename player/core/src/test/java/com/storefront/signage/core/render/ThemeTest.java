package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.PanelPalette;
import com.storefront.signage.core.template.SlideRenderException;
import java.awt.Color;
import org.junit.jupiter.api.Test;

class ThemeTest {

    @Test
    void accentIsRedOnColourScreensAndRedLabelsButBlackOnBlackAndWhite() {
        assertEquals(new Color(0xD62828), Theme.of(PanelPalette.FULL_COLOUR).colour("accent"));
        assertEquals(new Color(0xFF0000), Theme.of(PanelPalette.BLACK_WHITE_RED).colour("accent"));
        assertEquals(Color.BLACK, Theme.of(PanelPalette.BLACK_WHITE).colour("accent"));
    }

    @Test
    void onlyColourScreensAreAntiAliased() {
        assertTrue(Theme.of(PanelPalette.FULL_COLOUR).antialias());
        assertFalse(Theme.of(PanelPalette.BLACK_WHITE).antialias());
        assertFalse(Theme.of(PanelPalette.GRAY16).antialias());
        assertFalse(Theme.of(PanelPalette.BLACK_WHITE_RED).antialias());
    }

    @Test
    void colourScreensAcceptHexColours() {
        assertEquals(new Color(0x12AB34), Theme.of(PanelPalette.FULL_COLOUR).colour("#12ab34"));
    }

    @Test
    void einkRefusesHexColoursItCannotShow() {
        SlideRenderException e = assertThrows(SlideRenderException.class,
                () -> Theme.of(PanelPalette.BLACK_WHITE).colour("#12ab34"));

        assertTrue(e.getMessage().startsWith("unknown colour '#12ab34'; use one of"), e.getMessage());
    }

    @Test
    void unknownColourNameListsTheKnownOnes() {
        SlideRenderException e = assertThrows(SlideRenderException.class,
                () -> Theme.of(PanelPalette.FULL_COLOUR).colour("teal"));

        assertTrue(e.getMessage().contains("accent") && e.getMessage().contains("paper"), e.getMessage());
    }
}
