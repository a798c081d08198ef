package com.storefront.signage.core.render;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.TextLayout;
import java.awt.image.BufferedImage;

/** Paints a {@link SlideLayout} onto a fresh image. Pure: everything it draws comes from its arguments. */
public final class LayoutPainter {
    private final TextFitter fitter;

    public LayoutPainter(FontSet fonts) {
        this.fitter = new TextFitter(fonts);
    }

    public BufferedImage paint(SlideLayout layout, Theme theme, MediaSource media) {
        return paint(layout, theme, media, 1);
    }

    /**
     * Paints the layout onto an image {@code scale} times its size: everything is drawn in layout
     * coordinates through a scale transform, so text and images are drawn at the higher resolution,
     * not upscaled afterwards.
     */
    public BufferedImage paint(SlideLayout layout, Theme theme, MediaSource media, int scale) {
        if (scale < 1) {
            throw new IllegalArgumentException("scale must be at least 1, was " + scale);
        }
        BufferedImage image = new BufferedImage(layout.width() * scale, layout.height() * scale, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.scale(scale, scale);
            hints(g, theme.antialias());
            g.setColor(theme.colour(layout.background()));
            g.fillRect(0, 0, layout.width(), layout.height());
            for (LayoutElement element : layout.elements()) {
                Shape clip = g.getClip();
                LayoutElement.Box b = element.box();
                g.clipRect(b.x(), b.y(), b.w(), b.h());
                if (element instanceof LayoutElement.Rect r) {
                    rect(g, r, theme);
                } else if (element instanceof LayoutElement.Text t) {
                    text(g, t, theme);
                } else if (element instanceof LayoutElement.Image i) {
                    // an empty box shows nothing: no reason to decode
                    if (b.w() > 0 && b.h() > 0) {
                        media.image(i.ref(), ImageTarget.of(i, scale)).ifPresent(img -> image(g, i, img));
                    }
                } else if (element instanceof LayoutElement.Qr q) {
                    QrPainter.paint(g, q, theme.colour(q.color()), theme.colour(q.background()));
                }
                g.setClip(clip);
            }
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void hints(Graphics2D g, boolean antialias) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING,
                antialias ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING,
                antialias ? RenderingHints.VALUE_TEXT_ANTIALIAS_ON : RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
    }

    private static void rect(Graphics2D g, LayoutElement.Rect r, Theme theme) {
        g.setColor(theme.colour(r.fill()));
        LayoutElement.Box b = r.box();
        if (r.radius() > 0) {
            g.fillRoundRect(b.x(), b.y(), b.w(), b.h(), r.radius() * 2, r.radius() * 2);
        } else {
            g.fillRect(b.x(), b.y(), b.w(), b.h());
        }
    }

    private void text(Graphics2D g, LayoutElement.Text t, Theme theme) {
        FittedText fitted = fitter.fit(t.content(), t, g.getFontRenderContext());
        if (fitted.lines().isEmpty()) {
            return;
        }
        LayoutElement.Box b = t.box();
        float y = switch (t.valign()) {
            case "middle" -> b.y() + (b.h() - fitted.height()) / 2f;
            case "bottom" -> b.y() + b.h() - fitted.height();
            default -> b.y();
        };
        Color colour = theme.colour(t.color());
        g.setColor(colour);
        for (TextLayout line : fitted.lines()) {
            float advance = line.getVisibleAdvance();
            float start = switch (alignment(t.align(), fitted.rightToLeft())) {
                case "center" -> b.x() + (b.w() - advance) / 2f;
                case "right" -> b.x() + b.w() - advance;
                default -> b.x();
            };
            // a right-to-left line's trailing space sits at its left: skip past it to where the glyphs begin
            float x = fitted.rightToLeft() ? start - (line.getAdvance() - advance) : start;
            float baseline = y + line.getAscent();
            line.draw(g, x, baseline);
            if (t.strike()) {
                float thickness = Math.max(2f, fitted.size() / 14f);
                g.setStroke(new BasicStroke(thickness));
                float mid = baseline - fitted.size() * 0.32f;
                g.drawLine(Math.round(start), Math.round(mid), Math.round(start + advance), Math.round(mid));
            }
            y += TextFitter.lineHeight(line);
        }
    }

    /** {@code start} and {@code end} follow the text's own direction, so one layout serves Arabic and English. */
    private static String alignment(String align, boolean rtl) {
        return switch (align) {
            case "center" -> "center";
            case "end" -> rtl ? "left" : "right";
            case "left", "right" -> align;
            default -> rtl ? "right" : "left";
        };
    }

    private static void image(Graphics2D g, LayoutElement.Image i, BufferedImage img) {
        LayoutElement.Box b = i.box();
        double sx = (double) b.w() / img.getWidth();
        double sy = (double) b.h() / img.getHeight();
        double scale = "cover".equals(i.fit()) ? Math.max(sx, sy) : Math.min(sx, sy);
        int w = (int) Math.round(img.getWidth() * scale);
        int h = (int) Math.round(img.getHeight() * scale);
        g.drawImage(img, b.x() + (b.w() - w) / 2, b.y() + (b.h() - h) / 2, w, h, null);
    }
}
