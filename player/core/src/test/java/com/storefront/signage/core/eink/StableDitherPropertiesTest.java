package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Ordered and blue-noise dithering are stable: changing one area of a photo changes no pixel outside it. */
class StableDitherPropertiesTest {
    private static final List<PanelProfile> PROFILES = PanelProfiles.all().stream()
            .filter(p -> !p.id().equals(PanelProfiles.GRAY16_10IN3)).toList(); // the 10.3" adds only run time here

    @Provide
    Arbitrary<PanelProfile> profiles() {
        return Arbitraries.of(PROFILES);
    }

    @Provide
    Arbitrary<DitherMethod> stableMethods() {
        return Arbitraries.of(DitherMethod.ORDERED, DitherMethod.BLUE_NOISE);
    }

    @Property(tries = 40)
    void a_change_in_one_area_leaves_every_other_pixel_alone(@ForAll("profiles") PanelProfile p,
                                                             @ForAll("stableMethods") DitherMethod method,
                                                             @ForAll @IntRange(max = 10_000) int seed,
                                                             @ForAll @IntRange(min = 1, max = 40) int size) {
        BufferedImage photo = TestFrames.photo(p, seed);
        List<DitherRegion> regions = List.of(new DitherRegion(p.bounds(), method));
        IndexedFrame before = PaletteQuantizer.quantize(photo, p, regions);
        Rect changed = new Rect(seed % (p.width() - size), seed % (p.height() - size), size, size);
        Graphics2D g = photo.createGraphics();
        g.setColor(new Color(seed * 2654435761L > 0 ? 0x3366CC : 0xEE8822));
        g.fillRect(changed.x(), changed.y(), changed.width(), changed.height());
        g.dispose();

        IndexedFrame after = PaletteQuantizer.quantize(photo, p, regions);

        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                if (!changed.contains(x, y) && before.index(x, y) != after.index(x, y)) {
                    assertEquals(before.index(x, y), after.index(x, y), "pixel " + x + "," + y + " outside " + changed);
                }
            }
        }
    }
}
