package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

class PaletteQuantizerTest {
    static List<PanelProfile> profiles() {
        return PanelProfiles.all();
    }

    private static IndexedFrame quantize(BufferedImage image, PanelProfile p, DitherMethod method) {
        return PaletteQuantizer.quantize(image, p, List.of(new DitherRegion(p.bounds(), method)));
    }

    private static void assertAll(IndexedFrame frame, int index, String what) {
        for (int i = 0; i < frame.indices().length; i++) {
            if (frame.indices()[i] != index) {
                throw new AssertionError(what + ": pixel " + i + " has index " + frame.indices()[i] + ", expected " + index);
            }
        }
    }

    @Test
    void a_frame_not_at_the_panel_resolution_is_refused_with_both_sizes() {
        PanelProfile p = PanelProfiles.load(PanelProfiles.BW_7IN5);
        BufferedImage small = new BufferedImage(400, 240, BufferedImage.TYPE_INT_RGB);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PaletteQuantizer.quantize(small, p, List.of()));

        assertEquals("frame is 400x240 but panel bw-7in5-800x480 is 800x480; render at the native resolution", e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void pure_black_and_pure_white_map_to_the_black_and_white_inks(PanelProfile p) {
        for (DitherMethod method : DitherMethod.values()) {
            assertAll(quantize(TestFrames.flat(p, 0x000000), p, method), TestFrames.blackIndex(p), p.id() + " " + method + " black");
            assertAll(quantize(TestFrames.flat(p, 0xFFFFFF), p, method), TestFrames.whiteIndex(p), p.id() + " " + method + " white");
        }
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void every_measured_ink_maps_to_itself_under_every_method(PanelProfile p) {
        // one vertical stripe per ink
        int inks = p.palette().size();
        int stripe = p.width() / inks;
        BufferedImage stripes = new BufferedImage(p.width(), p.height(), BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                stripes.setRGB(x, y, p.palette().get(Math.min(inks - 1, x / stripe)).argb());
            }
        }
        for (DitherMethod method : DitherMethod.values()) {
            IndexedFrame frame = quantize(stripes, p, method);
            for (int y = 0; y < p.height(); y++) {
                for (int x = 0; x < p.width(); x++) {
                    int ink = Math.min(inks - 1, x / stripe);
                    if (frame.index(x, y) != ink) {
                        throw new AssertionError(p.id() + " " + method + ": " + p.palette().get(ink).name() + " at " + x + "," + y
                                + " became " + p.palette().get(frame.index(x, y)).name());
                    }
                }
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DitherMethod.class)
    void saturated_red_shows_as_the_red_ink_on_the_black_white_red_label(DitherMethod method) {
        PanelProfile label = PanelProfiles.load(PanelProfiles.BWR_2IN9);

        assertAll(quantize(TestFrames.flat(label, 0xE00000), label, method), TestFrames.inkIndex(label, "red"), method.name());
    }

    @Test
    void the_six_colour_panel_shows_saturated_primaries_in_their_own_inks() {
        PanelProfile p = PanelProfiles.load(PanelProfiles.SPECTRA6_7IN3);

        assertAll(quantize(TestFrames.flat(p, 0xFF0000), p, DitherMethod.NONE), TestFrames.inkIndex(p, "red"), "red");
        assertAll(quantize(TestFrames.flat(p, 0xFFFF00), p, DitherMethod.NONE), TestFrames.inkIndex(p, "yellow"), "yellow");
        assertAll(quantize(TestFrames.flat(p, 0x0000FF), p, DitherMethod.NONE), TestFrames.inkIndex(p, "blue"), "blue");
        assertAll(quantize(TestFrames.flat(p, 0x008000), p, DitherMethod.NONE), TestFrames.inkIndex(p, "green"), "green");
    }

    @ParameterizedTest
    @MethodSource("profiles")
    void text_without_anti_aliasing_stays_crisp_black_on_white(PanelProfile p) {
        BufferedImage text = TestFrames.text(p, "€4.99 Ag");

        IndexedFrame frame = PaletteQuantizer.quantize(text, p, List.of());

        int black = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                boolean ink = (text.getRGB(x, y) & 0xFFFFFF) == 0;
                black += ink ? 1 : 0;
                if (frame.index(x, y) != (ink ? TestFrames.blackIndex(p) : TestFrames.whiteIndex(p))) {
                    throw new AssertionError(p.id() + ": stray index " + frame.index(x, y) + " at " + x + "," + y);
                }
            }
        }
        assertTrue(black > 100, "the glyphs were drawn");
    }

    @Test
    void pixels_outside_every_region_take_the_nearest_ink() {
        PanelProfile p = PanelProfiles.load(PanelProfiles.BW_7IN5);
        BufferedImage grey = TestFrames.flat(p, 0x808080);

        IndexedFrame frame = PaletteQuantizer.quantize(grey, p,
                List.of(new DitherRegion(new Rect(100, 100, 200, 100), DitherMethod.FLOYD_STEINBERG)));

        int nearest = quantize(grey, p, DitherMethod.NONE).index(0, 0);
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                if (!new Rect(100, 100, 200, 100).contains(x, y)) {
                    assertEquals(nearest, frame.index(x, y), "at " + x + "," + y);
                }
            }
        }
    }

    @Test
    void a_later_region_wins_where_regions_overlap() {
        PanelProfile p = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
        BufferedImage photo = TestFrames.photo(p, 7);
        Rect late = new Rect(300, 200, 400, 300);

        IndexedFrame both = PaletteQuantizer.quantize(photo, p, List.of(
                new DitherRegion(p.bounds(), DitherMethod.FLOYD_STEINBERG), new DitherRegion(late, DitherMethod.ORDERED)));
        IndexedFrame ordered = quantize(photo, p, DitherMethod.ORDERED);

        for (int y = late.y(); y < late.bottom(); y++) {
            for (int x = late.x(); x < late.right(); x++) {
                assertEquals(ordered.index(x, y), both.index(x, y), "at " + x + "," + y);
            }
        }
    }

    @Test
    void regions_reaching_past_the_frame_are_clipped_to_it() {
        PanelProfile p = PanelProfiles.load(PanelProfiles.BWR_2IN9);

        IndexedFrame frame = PaletteQuantizer.quantize(TestFrames.photo(p, 3), p,
                List.of(new DitherRegion(new Rect(-20, -20, 1000, 1000), DitherMethod.BURKES)));

        assertEquals(p.width() * p.height(), frame.indices().length);
    }
}
