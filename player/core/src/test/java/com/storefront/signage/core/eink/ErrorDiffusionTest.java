package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class ErrorDiffusionTest {
    private static final Rect REGION = new Rect(40, 20, 200, 90);

    static Stream<Arguments> panelsAndKernels() {
        return PanelProfiles.all().stream().flatMap(p -> Stream.of(DitherMethod.FLOYD_STEINBERG, DitherMethod.ATKINSON,
                DitherMethod.BURKES).map(m -> Arguments.of(p, m)));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("panelsAndKernels")
    void a_flat_mid_grey_keeps_its_mean_luminance(PanelProfile p, DitherMethod method) {
        IndexedFrame frame = PaletteQuantizer.quantize(TestFrames.flat(p, 0x808080), p, List.of(new DitherRegion(REGION, method)));

        double sum = 0;
        for (int y = REGION.y(); y < REGION.bottom(); y++) {
            for (int x = REGION.x(); x < REGION.right(); x++) {
                sum += LinearLight.luminance(p.palette().get(frame.index(x, y)).argb());
            }
        }
        double mean = sum / REGION.area();
        // Atkinson passes on only 6/8 of the error by design, so it drifts towards the nearest ink (by 0.037 on the colour panels)
        double tolerance = method == DitherMethod.ATKINSON ? 0.05 : 0.01;
        assertEquals(LinearLight.luminance(0x808080), mean, tolerance, p.id() + " " + method);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("panelsAndKernels")
    void diffusion_stays_inside_its_region(PanelProfile p, DitherMethod method) {
        BufferedImage photo = TestFrames.photo(p, 11);
        List<DitherRegion> regions = List.of(new DitherRegion(REGION, method));
        IndexedFrame before = PaletteQuantizer.quantize(photo, p, regions);
        IndexedFrame nearest = PaletteQuantizer.quantize(photo, p, List.of());

        // outside: exactly the nearest ink, as if there were no region
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                if (!REGION.contains(x, y) && before.index(x, y) != nearest.index(x, y)) {
                    throw new AssertionError(p.id() + " " + method + ": error leaked to " + x + "," + y);
                }
            }
        }
        // inside: untouched by anything drawn outside
        Graphics2D g = photo.createGraphics();
        g.setColor(Color.MAGENTA);
        g.fillRect(0, 0, p.width(), REGION.y());
        g.fillRect(0, REGION.bottom(), p.width(), p.height() - REGION.bottom());
        g.fillRect(0, 0, REGION.x(), p.height());
        g.dispose();
        IndexedFrame after = PaletteQuantizer.quantize(photo, p, regions);
        for (int y = REGION.y(); y < REGION.bottom(); y++) {
            for (int x = REGION.x(); x < REGION.right(); x++) {
                if (before.index(x, y) != after.index(x, y)) {
                    throw new AssertionError(p.id() + " " + method + ": outside change reached " + x + "," + y);
                }
            }
        }
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("panelsAndKernels")
    void a_later_region_inside_a_diffused_one_is_not_disturbed_by_its_error(PanelProfile p, DitherMethod method) {
        BufferedImage photo = TestFrames.photo(p, 5);
        Rect inner = new Rect(80, 40, 60, 30);

        IndexedFrame frame = PaletteQuantizer.quantize(photo, p,
                List.of(new DitherRegion(REGION, method), new DitherRegion(inner, DitherMethod.NONE)));
        IndexedFrame nearest = PaletteQuantizer.quantize(photo, p, List.of());

        int dithered = 0;
        for (int y = 0; y < p.height(); y++) {
            for (int x = 0; x < p.width(); x++) {
                if (inner.contains(x, y)) {
                    assertEquals(nearest.index(x, y), frame.index(x, y), "at " + x + "," + y);
                } else if (REGION.contains(x, y) && frame.index(x, y) != nearest.index(x, y)) {
                    dithered++;
                }
            }
        }
        assertTrue(dithered > 0, "the outer region was dithered");
    }
}
