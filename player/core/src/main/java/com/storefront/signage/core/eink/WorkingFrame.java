package com.storefront.signage.core.eink;

/**
 * The frame during quantisation: its pixels, which region owns each pixel (0 for none, region
 * {@code k} as {@code k + 1}; later regions have already overwritten earlier ones), and the palette
 * indices being written.
 */
record WorkingFrame(FramePixels pixels, short[] owners, byte[] indices, int width) {
}
