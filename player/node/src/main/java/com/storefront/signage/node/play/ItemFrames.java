package com.storefront.signage.node.play;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.DecodedImageCache;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.PanelFrame;
import com.storefront.signage.core.render.SlideRenderer;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.ZoneId;

/**
 * Renders slides the way the output takes them, so that rendering can happen ahead of the moment
 * an item starts and the switch itself is only a hand-over: an e-ink panel gets the slide before
 * reduction to its inks (photos and text are each dithered their way), every other output the
 * finished frame. Used by the playback thread only.
 */
public final class ItemFrames {
    private final SlideRenderer renderer;
    private final MediaSource media;
    private final FrameOutput output;
    private DecodedImageCache decoded;
    private DisplayClass decodedFor;

    public ItemFrames(SlideRenderer renderer, MediaSource media, FrameOutput output) {
        this.renderer = renderer;
        this.media = media;
        this.output = output;
    }

    /** A rendered slide, ready to hand over: exactly one of the two is set. */
    public record Rendered(BufferedImage image, PanelFrame panel) {
    }

    /** @throws com.storefront.signage.core.template.SlideRenderException when the slide cannot be rendered */
    public Rendered render(SlideSpec spec, DisplayClass cls) {
        MediaSource images = decodedImages(cls);
        if (output instanceof PanelFrameOutput && cls.isEink()) {
            return new Rendered(null, renderer.renderForPanel(spec, cls, images));
        }
        return new Rendered(renderer.render(spec, cls, images), null);
    }

    /** Decoded images kept between items, as many as the display class's heap can spare. */
    private MediaSource decodedImages(DisplayClass cls) {
        if (cls != decodedFor) {
            decoded = new DecodedImageCache(media, DecodedImageCache.budgetFor(cls));
            decodedFor = cls;
        }
        return decoded;
    }

    public void show(Rendered frame, FrameInfo info, ZoneId storeZone, String displayId) throws IOException {
        output.storeZone(storeZone);
        if (frame.panel() != null) {
            ((PanelFrameOutput) output).showPanel(frame.panel(), info, storeZone, displayId);
        } else {
            output.show(frame.image(), info);
        }
    }
}
