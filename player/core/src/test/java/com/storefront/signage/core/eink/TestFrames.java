package com.storefront.signage.core.eink;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.Random;

/** Frames to quantise in tests: flat colours, a synthetic photo, crisp text. */
final class TestFrames {
    private TestFrames() {
    }

    static BufferedImage flat(PanelProfile profile, int rgb) {
        BufferedImage image = new BufferedImage(profile.width(), profile.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(rgb));
        g.fillRect(0, 0, profile.width(), profile.height());
        g.dispose();
        return image;
    }

    /** Smooth gradients, soft blobs and grain: every tone and colour, like a product photo. */
    static BufferedImage photo(PanelProfile profile, long seed) {
        int w = profile.width();
        int h = profile.height();
        Random random = new Random(seed);
        double fx = 2 + random.nextDouble() * 4;
        double fy = 2 + random.nextDouble() * 4;
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                double u = x / (double) w;
                double v = y / (double) h;
                int r = clamp(255 * u + 30 * Math.sin(fx * Math.PI * v) + random.nextGaussian() * 6);
                int g = clamp(255 * v + 40 * Math.cos(fy * Math.PI * u) + random.nextGaussian() * 6);
                int b = clamp(128 + 127 * Math.sin(Math.PI * (u + v) * fx) + random.nextGaussian() * 6);
                image.setRGB(x, y, r << 16 | g << 8 | b);
            }
        }
        return image;
    }

    /** Black text on white, drawn without anti-aliasing as the render path does for e-ink. */
    static BufferedImage text(PanelProfile profile, String text) {
        BufferedImage image = flat(profile, 0xFFFFFF);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setColor(Color.BLACK);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(12, profile.height() / 6)));
        g.drawString(text, 4, profile.height() / 2);
        g.drawLine(0, profile.height() - 3, profile.width() - 1, profile.height() - 3);
        g.dispose();
        return image;
    }

    static int inkIndex(PanelProfile profile, String name) {
        for (int i = 0; i < profile.palette().size(); i++) {
            if (profile.palette().get(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError(profile.id() + " has no ink " + name);
    }

    static int whiteIndex(PanelProfile profile) {
        return inkIndex(profile, "white");
    }

    /** Index 0 is black on every profile: the data files list black first. */
    static int blackIndex(PanelProfile profile) {
        return 0;
    }

    private static int clamp(double v) {
        return (int) Math.max(0, Math.min(255, Math.round(v)));
    }
}
