package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class DisplayClassTest {

    @Test
    void findsEveryClassByItsOwnId() {
        for (DisplayClass c : DisplayClass.values()) {
            assertEquals(Optional.of(c), DisplayClass.find(c.id()));
        }
    }

    @Test
    void unknownIdMessageListsEveryValidId() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> DisplayClass.of("4k"));

        assertEquals("unknown display class '4k', expected one of "
                + "[hd-landscape, hd-portrait, eink-bw, eink-gray16, eink-bwr-label]", e.getMessage());
    }

    @Test
    void onlyFullColourClassesAreNotEink() {
        assertFalse(DisplayClass.HD_LANDSCAPE.isEink());
        assertFalse(DisplayClass.HD_PORTRAIT.isEink());
        assertTrue(DisplayClass.EINK_BW.isEink());
        assertTrue(DisplayClass.EINK_GRAY16.isEink());
        assertTrue(DisplayClass.EINK_BWR_LABEL.isEink());
    }

    @Test
    void portraitIsLandscapeTurnedOnItsSide() {
        assertEquals(DisplayClass.HD_LANDSCAPE.width(), DisplayClass.HD_PORTRAIT.height());
        assertEquals(DisplayClass.HD_LANDSCAPE.height(), DisplayClass.HD_PORTRAIT.width());
    }
}
