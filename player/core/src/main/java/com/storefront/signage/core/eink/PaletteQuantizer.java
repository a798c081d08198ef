package com.storefront.signage.core.eink;

import java.awt.image.BufferedImage;
import java.util.Arrays;
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
        if (regions.size() >= Short.MAX_VALUE) {
            throw new IllegalArgumentException("at most " + (Short.MAX_VALUE - 1) + " dither regions, got " + regions.size());
        }
        int width = profile.width();
        Rect bounds = profile.bounds();
        short[] owners = new short[width * profile.height()];
        Rect[] areas = new Rect[regions.size()];
        for (int k = 0; k < areas.length; k++) {
            areas[k] = clip(regions.get(k).area(), bounds);
            for (int y = areas[k].y(); y < areas[k].bottom(); y++) {
                Arrays.fill(owners, y * width + areas[k].x(), y * width + areas[k].right(), (short) (k + 1));
            }
        }
        PaletteSpace palette = new PaletteSpace(profile.palette());
        RegionQuantizer quantizer = palette.greyscale ? new GreyQuantizer(palette) : new ColourQuantizer(palette);
        WorkingFrame work = new WorkingFrame(FramePixels.of(frame), owners, new byte[owners.length], width);

        quantizer.nearest(work, bounds, (short) 0);
        for (int k = 0; k < areas.length; k++) {
            if (!areas[k].empty()) {
                run(quantizer, work, areas[k], (short) (k + 1), regions.get(k).method());
            }
        }
        return new IndexedFrame(width, profile.height(), work.indices());
    }

    private static void run(RegionQuantizer quantizer, WorkingFrame work, Rect area, short owner, DitherMethod method) {
        switch (method) {
            case NONE -> quantizer.nearest(work, area, owner);
            case ORDERED -> quantizer.threshold(work, area, owner, ThresholdMatrix.bayer8());
            case BLUE_NOISE -> quantizer.threshold(work, area, owner, ThresholdMatrix.blueNoise());
            case FLOYD_STEINBERG, ATKINSON, BURKES -> quantizer.diffuse(work, area, owner, ErrorKernel.of(method));
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
