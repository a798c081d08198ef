package com.storefront.signage.core.eink;

/**
 * Quantises the pixels one region owns ({@link RegionOwnership}), writing their palette indices.
 * Two implementations: on luminance for greyscale panels, in linear RGB for colour panels.
 */
interface RegionQuantizer {
    /** Nearest ink per pixel. */
    void nearest(WorkingFrame frame, int region);

    /** Ordered dithering: each pixel's output depends only on its own colour and position. */
    void threshold(WorkingFrame frame, int region, ThresholdMatrix matrix);

    /**
     * Error diffusion, serpentine (rows alternate direction, which breaks up the diagonal "worms"
     * of one-way scans). Error never leaves the region's rectangle nor enters pixels a later
     * region owns: what would flow there is dropped.
     */
    void diffuse(WorkingFrame frame, int region, ErrorKernel kernel);
}
