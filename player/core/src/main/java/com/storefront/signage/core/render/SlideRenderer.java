package com.storefront.signage.core.render;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideRenderException;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.eink.DitherMethod;
import com.storefront.signage.core.eink.DitherRegion;
import com.storefront.signage.core.eink.Rect;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/**
 * The one rendering path shared by the player and the server's previews: template, then layout,
 * then pixels at the display class's native resolution. Thread-safe.
 */
public final class SlideRenderer {
    private final LayoutGenerator generator;
    private final LayoutPainter painter;

    public SlideRenderer(TemplateCatalog catalog) {
        this.generator = new LayoutGenerator(catalog, SlideRenderer.class.getClassLoader());
        this.painter = new LayoutPainter(FontSet.shipped());
    }

    public static SlideRenderer fromClassPath() {
        return new SlideRenderer(TemplateCatalog.fromClassPath());
    }

    public SlideLayout layout(SlideSpec spec, DisplayClass displayClass) {
        String xml = generator.generate(spec, displayClass);
        return LayoutParser.parse(xml, displayClass.width(), displayClass.height());
    }

    /**
     * For the e-ink render path: the frame before any reduction to the panel's inks, with a dither
     * region per image. {@link #render} is what previews and headless outputs show.
     *
     * @throws SlideRenderException when the template or its layout is broken; the caller keeps its previous frame
     */
    public PanelFrame renderForPanel(SlideSpec spec, DisplayClass displayClass, MediaSource media) {
        SlideLayout layout = layout(spec, displayClass);
        try {
            BufferedImage frame = painter.paint(layout, Theme.of(displayClass.palette()), media);
            List<DitherRegion> regions = new ArrayList<>();
            for (LayoutElement element : layout.elements()) {
                if (element instanceof LayoutElement.Image image) {
                    LayoutElement.Box b = image.box();
                    regions.add(new DitherRegion(new Rect(b.x(), b.y(), Math.max(0, b.w()), Math.max(0, b.h())),
                            DitherMethod.FLOYD_STEINBERG));
                }
            }
            return new PanelFrame(frame, regions);
        } catch (SlideRenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SlideRenderException("cannot paint template '" + spec.templateId() + "': " + e, e);
        }
    }

    /** @throws SlideRenderException when the template or its layout is broken; the caller keeps its previous frame */
    public BufferedImage render(SlideSpec spec, DisplayClass displayClass, MediaSource media) {
        return render(spec, displayClass, media, 1);
    }

    /**
     * The display class's layout painted at {@code scale} times its native resolution, e.g. an HD
     * landscape slide at 2x for a 3840x2160 screen. Not a display class of its own: the layout, and
     * so what fits where, is the native one.
     *
     * @throws SlideRenderException when the template or its layout is broken; the caller keeps its previous frame
     */
    public BufferedImage render(SlideSpec spec, DisplayClass displayClass, MediaSource media, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        SlideLayout layout = layout(spec, displayClass);
        try {
            BufferedImage frame = painter.paint(layout, Theme.of(displayClass.palette()), media, scale);
            PanelQuantizer.quantize(frame, displayClass.palette());
            return frame;
        } catch (SlideRenderException e) {
            throw e;
        } catch (RuntimeException e) {
            throw new SlideRenderException("cannot paint template '" + spec.templateId() + "': " + e, e);
        }
    }
}
