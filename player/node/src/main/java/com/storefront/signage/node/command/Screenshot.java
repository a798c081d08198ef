package com.storefront.signage.node.command;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** A downscaled copy of the frame on screen, small enough to send over a shop's uplink. */
public final class Screenshot {
    public static final int MAX_WIDTH = 640;

    private Screenshot() {
    }

    /** The frame scaled to at most {@link #MAX_WIDTH} wide, keeping its aspect; never scaled up. */
    public static BufferedImage downscale(BufferedImage frame) {
        int width = Math.min(MAX_WIDTH, frame.getWidth());
        int height = Math.max(1, Math.round(frame.getHeight() * (float) width / frame.getWidth()));
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(frame, 0, 0, width, height, null);
        } finally {
            g.dispose();
        }
        return out;
    }

    public static byte[] png(BufferedImage frame) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        ImageIO.write(downscale(frame), "png", bytes);
        return bytes.toByteArray();
    }
}
