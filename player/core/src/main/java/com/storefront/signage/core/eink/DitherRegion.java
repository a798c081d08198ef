package com.storefront.signage.core.eink;

import java.util.Objects;

/** A part of the frame and how to dither it; later regions win where they overlap. */
public record DitherRegion(Rect area, DitherMethod method) {
    public DitherRegion {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(method, "method");
    }
}
