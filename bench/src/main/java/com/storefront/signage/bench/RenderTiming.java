package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.SlideRenderer;
import java.util.function.Supplier;

/**
 * Wall time of {@link SlideRenderer#render} for one slide on an HD landscape screen, at native
 * 1920x1080 (scale 1) or the same layout painted at 3840x2160 (scale 2), images included as the
 * media source delivers them. The source is asked for before each render, so a fresh decoded-image
 * cache per render times a slide's first showing, one shared cache a slide shown again.
 */
final class RenderTiming {
    private RenderTiming() {
    }

    static Percentiles time(SlideRenderer renderer, SlideSpec spec, Supplier<MediaSource> media, int scale, int warmup, int runs) {
        for (int i = 0; i < warmup; i++) {
            renderer.render(spec, DisplayClass.HD_LANDSCAPE, media.get(), scale);
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            MediaSource images = media.get();
            long start = System.nanoTime();
            renderer.render(spec, DisplayClass.HD_LANDSCAPE, images, scale);
            nanos[i] = System.nanoTime() - start;
        }
        return Percentiles.of(nanos);
    }
}
