package com.storefront.signage.core.render;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.font.FontRenderContext;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Optional;

/** Checks shared by the template pack tests: boxes inside the frame, text that fits its box, sample media. */
final class TemplateLayouts {
    private static final TextFitter FITTER = new TextFitter(FontSet.shipped());
    private static final FontRenderContext FRC = new FontRenderContext(null, true, true);

    /** Every image asked for is a plain coloured disc, so image boxes show up in previews. */
    static final MediaSource DISCS = sha -> {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.setColor(new Color(Integer.parseInt(sha.substring(0, 6), 16)));
        g.fillOval(20, 20, 160, 160);
        g.dispose();
        return Optional.of(image);
    };

    private TemplateLayouts() {
    }

    static void assertInsideFrame(SlideLayout layout) {
        for (LayoutElement e : layout.elements()) {
            LayoutElement.Box b = e.box();
            assertTrue(b.x() >= 0 && b.y() >= 0 && b.x() + b.w() <= layout.width() && b.y() + b.h() <= layout.height(),
                    e + " leaves the " + layout.width() + "x" + layout.height() + " frame");
        }
    }

    /** Sample values are ordinary lengths, so each must fit its box without an ellipsis. */
    static void assertTextFits(SlideLayout layout) {
        for (LayoutElement e : layout.elements()) {
            if (e instanceof LayoutElement.Text t && !t.content().isEmpty()) {
                assertFalse(FITTER.fit(t.content(), t, FRC).truncated(), "'" + t.content() + "' is cut in " + t.box());
            }
        }
    }

    static LayoutElement.Box textBox(SlideLayout layout, String content) {
        return layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Text t && t.content().equals(content))
                .map(LayoutElement::box).findFirst().orElse(null);
    }

    static List<LayoutElement.Rect> rects(SlideLayout layout) {
        return layout.elements().stream()
                .filter(e -> e instanceof LayoutElement.Rect).map(e -> (LayoutElement.Rect) e).toList();
    }

    static LayoutElement.Box mirrored(LayoutElement.Box box, int width) {
        return new LayoutElement.Box(width - box.x() - box.w(), box.y(), box.w(), box.h());
    }
}
