package com.storefront.signage.core.eink;

/**
 * Quantises the pixels that one region owns within its rectangle, writing their palette indices.
 * Two implementations: on luminance for greyscale panels, in linear RGB for colour panels.
 */
interface RegionQuantizer {
    /** Nearest ink per pixel. */
    void nearest(WorkingFrame frame, Rect area, short owner);

    /** Ordered dithering: each pixel's output depends only on its own colour and position. */
    void threshold(WorkingFrame frame, Rect area, short owner, ThresholdMatrix matrix);

    /**
     * Error diffusion, serpentine (rows alternate direction, which breaks up the diagonal "worms"
     * of one-way scans). Error never leaves {@code area} nor enters pixels owned by another region.
     */
    void diffuse(WorkingFrame frame, Rect area, short owner, ErrorKernel kernel);
}
