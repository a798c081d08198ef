package com.storefront.signage.node.screen;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

/** Scales a frame into a box keeping its aspect ratio; the bars get the background colour. */
final class Letterbox {
    private Letterbox() {
    }

    static BufferedImage fit(BufferedImage frame, Dimension box, Color background) {
        BufferedImage out = new BufferedImage(box.width, box.height, BufferedImage.TYPE_INT_RGB);
        double scale = Math.min(box.width / (double) frame.getWidth(), box.height / (double) frame.getHeight());
        int w = (int) Math.round(frame.getWidth() * scale);
        int h = (int) Math.round(frame.getHeight() * scale);
        Graphics2D g = out.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, box.width, box.height);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, (box.width - w) / 2, (box.height - h) / 2, w, h, null);
        g.dispose();
        return out;
    }

    /** Where a {@code width} x {@code height} picture goes in the zone, centred; the whole zone when its size is not known yet. */
    static Rectangle box(int width, int height, Rectangle zone) {
        if (width <= 0 || height <= 0) {
            return new Rectangle(zone);
        }
        double scale = Math.min(zone.width / (double) width, zone.height / (double) height);
        int w = (int) Math.round(width * scale);
        int h = (int) Math.round(height * scale);
        return new Rectangle(zone.x + (zone.width - w) / 2, zone.y + (zone.height - h) / 2, w, h);
    }
}
