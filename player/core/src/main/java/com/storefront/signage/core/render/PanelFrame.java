package com.storefront.signage.core.render;

import com.storefront.signage.core.eink.DitherRegion;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * A slide painted for an e-ink panel but not yet reduced to its inks: the native-resolution frame
 * (text and line art without anti-aliasing) and how each part should be dithered. Images are
 * photos and get error diffusion; everything else is reduced to the nearest ink, so it stays crisp.
 */
public record PanelFrame(BufferedImage frame, List<DitherRegion> regions) {
    public PanelFrame {
        regions = List.copyOf(regions);
    }
}
