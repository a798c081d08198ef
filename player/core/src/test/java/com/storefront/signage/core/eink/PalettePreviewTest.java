package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

class PalettePreviewTest {
    @Test
    void the_preview_shows_the_measured_inks_not_ideal_black_and_white() {
        PanelProfile p = PanelProfiles.load(PanelProfiles.BW_7IN5);
        IndexedFrame frame = PaletteQuantizer.quantize(TestFrames.text(p, "Milch"), p, List.of());

        BufferedImage preview = PalettePreview.toImage(frame, p);

        assertEquals(BufferedImage.TYPE_INT_RGB, preview.getType());
        assertEquals(0xD6D6CF, preview.getRGB(0, 0) & 0xFFFFFF);
        assertEquals(0x1F1F1F, preview.getRGB(p.width() / 2, p.height() - 3) & 0xFFFFFF);
    }

    @Test
    void an_index_beyond_the_palette_is_refused() {
        PanelProfile label = PanelProfiles.load(PanelProfiles.BWR_2IN9);
        byte[] indices = new byte[label.width() * label.height()];
        indices[5] = 3;

        assertThrows(IllegalArgumentException.class,
                () -> PalettePreview.toImage(new IndexedFrame(label.width(), label.height(), indices), label));
    }
}
