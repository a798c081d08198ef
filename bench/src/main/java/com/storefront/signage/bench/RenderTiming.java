package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.SlideRenderer;

/**
 * Wall time of {@link SlideRenderer#render} for one slide on an HD landscape screen, at native
 * 1920x1080 (scale 1) or the same layout painted at 3840x2160 (scale 2), images included as the
 * media source delivers them.
 */
final class RenderTiming {
    private RenderTiming() {
    }

    static Percentiles time(SlideRenderer renderer, SlideSpec spec, MediaSource media, int scale, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            renderer.render(spec, DisplayClass.HD_LANDSCAPE, media, scale);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            renderer.render(spec, DisplayClass.HD_LANDSCAPE, media, scale);
            nanos[i] = System.nanoTime() - start;
        }
        return Percentiles.of(nanos);
    }
}
