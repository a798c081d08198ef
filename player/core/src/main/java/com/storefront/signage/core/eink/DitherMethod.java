package com.storefront.signage.core.eink;

/**
 * How a region is reduced to the panel's palette. Text and line art get {@link #NONE} (nearest
 * colour; they are rendered without anti-aliasing); regions that change often get a stable
 * ordered or blue-noise threshold, so a change does not ripple across the image; photos get error
 * diffusion.
 */
public enum DitherMethod {
    NONE,
    ORDERED,
    BLUE_NOISE,
    FLOYD_STEINBERG,
    ATKINSON,
    BURKES
}
