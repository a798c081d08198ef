package com.storefront.signage.node.screen;

import java.awt.Color;
import java.awt.Dimension;
import java.awt.Graphics2D;
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
}
