package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class WaveformChooserTest {
    private static final PanelProfile GRAY = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
    private static final PanelProfile BW = PanelProfiles.load(PanelProfiles.BW_7IN5);
    private static final PanelProfile LABEL = PanelProfiles.load(PanelProfiles.BWR_2IN9);
    private static final PanelProfile SPECTRA = PanelProfiles.load(PanelProfiles.SPECTRA6_7IN3);
    private static final int GRAY_WHITE = 15;
    private static final Rect PRICE = new Rect(400, 300, 240, 80);

    @Test
    void white_is_the_brightest_neutral_colour_not_a_bright_accent() {
        assertEquals(15, BlackWhitePixels.whiteIndex(GRAY));
        assertEquals(1, BlackWhitePixels.whiteIndex(BW));
        assertEquals(1, BlackWhitePixels.whiteIndex(LABEL));
        assertEquals(1, BlackWhitePixels.whiteIndex(SPECTRA));
    }

    @Test
    void a_small_black_on_white_change_uses_du() {
        assertEquals(Waveform.DU, chooseOnGray(PRICE, 0, List.of()));
    }

    @Test
    void grey_text_uses_gl16() {
        assertEquals(Waveform.GL16, chooseOnGray(PRICE, 7, List.of()));
    }

    @Test
    void du_is_refused_when_alignment_pulls_grey_pixels_into_the_area() {
        IndexedFrame front = Frames.paint(Frames.filled(GRAY, GRAY_WHITE), new Rect(96, 100, 1, 1), 9);
        Rect change = new Rect(101, 100, 5, 5);
        IndexedFrame next = Frames.paint(front, change, 0);

        assertEquals(Waveform.GL16, new WaveformChooser(GRAY, front, next, List.of(), false).choose(change));
    }

    @Test
    void a_change_touching_an_error_diffused_photo_uses_gc16() {
        List<DitherRegion> regions = List.of(new DitherRegion(new Rect(0, 0, 500, 350), DitherMethod.FLOYD_STEINBERG));

        assertEquals(Waveform.GC16, chooseOnGray(PRICE, 0, regions));
    }

    @Test
    void an_ordered_dither_region_is_not_a_photo() {
        List<DitherRegion> regions = List.of(new DitherRegion(new Rect(0, 0, 500, 350), DitherMethod.ORDERED));

        assertEquals(Waveform.GL16, chooseOnGray(PRICE, 7, regions));
    }

    @Test
    void a_change_over_half_the_panel_uses_gc16() {
        Rect most = new Rect(0, 0, GRAY.width(), GRAY.height() * 3 / 4);

        assertEquals(Waveform.GC16, chooseOnGray(most, 0, List.of()));
    }

    @Test
    void a_black_white_change_over_a_quarter_of_the_panel_uses_gl16_not_du() {
        Rect third = new Rect(0, 0, GRAY.width(), GRAY.height() / 3);

        assertEquals(Waveform.GL16, chooseOnGray(third, 0, List.of()));
    }

    @Test
    void the_first_paint_uses_the_clean_drawing_mode() {
        IndexedFrame next = Frames.filled(GRAY, 3);

        assertEquals(Waveform.GC16, new WaveformChooser(GRAY, null, next, List.of(), true).choose(GRAY.bounds()));
        assertEquals(Waveform.FULL, new WaveformChooser(BW, null, Frames.filled(BW, 0), List.of(), true).choose(BW.bounds()));
    }

    @Test
    void a_black_white_panel_draws_photos_with_du_since_it_has_no_greys() {
        IndexedFrame front = Frames.filled(BW, 1);
        IndexedFrame next = Frames.paint(front, PRICE, 0);
        List<DitherRegion> photo = List.of(new DitherRegion(BW.bounds(), DitherMethod.ATKINSON));

        assertEquals(Waveform.DU, new WaveformChooser(BW, front, next, photo, false).choose(PRICE));
    }

    @Test
    void a_black_white_panel_refreshes_large_changes_in_full() {
        IndexedFrame front = Frames.filled(BW, 1);
        IndexedFrame next = Frames.filled(BW, 0);

        assertEquals(Waveform.FULL, new WaveformChooser(BW, front, next, List.of(), false).choose(BW.bounds()));
    }

    @Test
    void labels_and_colour_panels_only_refresh_in_full() {
        IndexedFrame label = Frames.filled(LABEL, 1);
        IndexedFrame spectra = Frames.filled(SPECTRA, 1);
        Rect small = new Rect(10, 10, 8, 8);

        assertEquals(Waveform.FULL, new WaveformChooser(LABEL, label, Frames.paint(label, small, 0), List.of(), false).choose(small));
        assertEquals(Waveform.FULL, new WaveformChooser(SPECTRA, spectra, Frames.paint(spectra, small, 2), List.of(), false).choose(small));
    }

    private static Waveform chooseOnGray(Rect change, int ink, List<DitherRegion> regions) {
        IndexedFrame front = Frames.filled(GRAY, GRAY_WHITE);
        IndexedFrame next = Frames.paint(front, change, ink);
        return new WaveformChooser(GRAY, front, next, regions, false).choose(change);
    }
}
