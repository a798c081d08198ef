package com.storefront.signage.core.eink;

import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Objects;

/**
 * Reduces a rendered frame to a panel's measured palette, region by region, in linear light.
 *
 * <p>Pixels outside every region take the nearest ink ({@link DitherMethod#NONE}); where regions
 * overlap the later one wins. Regions are clipped to the frame. Greyscale panels (all inks
 * neutral) are quantised on luminance through lookup tables; colour panels in linear RGB.
 * Colours beyond the inks' range are clipped to it rather than stretched: the glass shows the
 * measured inks, and a photo brighter than the panel's white is shown at that white.
 */
public final class PaletteQuantizer {
    private PaletteQuantizer() {
    }

    public static IndexedFrame quantize(BufferedImage frame, PanelProfile profile, List<DitherRegion> regions) {
        Objects.requireNonNull(frame, "frame");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(regions, "regions");
        if (frame.getWidth() != profile.width() || frame.getHeight() != profile.height()) {
            throw new IllegalArgumentException("frame is " + frame.getWidth() + "x" + frame.getHeight() + " but panel "
                    + profile.id() + " is " + profile.width() + "x" + profile.height() + "; render at the native resolution");
        }
        Rect bounds = profile.bounds();
        List<Rect> areas = regions.stream().map(r -> clip(r.area(), bounds)).toList();
        PaletteSpace palette = new PaletteSpace(profile.palette());
        RegionQuantizer quantizer = palette.greyscale ? new GreyQuantizer(palette) : new ColourQuantizer(palette);
        WorkingFrame work = new WorkingFrame(FramePixels.of(frame), new RegionOwnership(areas, bounds),
                new byte[profile.width() * profile.height()], profile.width());

        quantizer.nearest(work, RegionOwnership.UNCOVERED);
        for (int k = 0; k < areas.size(); k++) {
            if (!areas.get(k).empty()) {
                run(quantizer, work, k, regions.get(k).method());
            }
        }
        return new IndexedFrame(profile.width(), profile.height(), work.indices());
    }

    private static void run(RegionQuantizer quantizer, WorkingFrame work, int region, DitherMethod method) {
        switch (method) {
            case NONE -> quantizer.nearest(work, region);
            case ORDERED -> quantizer.threshold(work, region, ThresholdMatrix.bayer8());
            case BLUE_NOISE -> quantizer.threshold(work, region, ThresholdMatrix.blueNoise());
            case FLOYD_STEINBERG, ATKINSON, BURKES -> quantizer.diffuse(work, region, ErrorKernel.of(method));
            default -> throw new IllegalStateException("unknown dither method " + method);
        }
    }

    private static Rect clip(Rect r, Rect bounds) {
        int x = Math.max(r.x(), bounds.x());
        int y = Math.max(r.y(), bounds.y());
        int right = Math.min(r.right(), bounds.right());
        int bottom = Math.min(r.bottom(), bounds.bottom());
        return new Rect(x, y, Math.max(0, right - x), Math.max(0, bottom - y));
    }
}
