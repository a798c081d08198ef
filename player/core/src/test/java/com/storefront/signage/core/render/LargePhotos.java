package com.storefront.signage.core.render;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/**
 * A photo-like 3840x2160 picture (sky gradient, shaded balls, fine stripes) encoded once per test run
 * as PNG and as JPEG, for the tests of decoding large images for small boxes.
 */
final class LargePhotos {
    static final int WIDTH = 3840;
    static final int HEIGHT = 2160;
    private static byte[] png;
    private static byte[] jpeg;

    private LargePhotos() {
    }

    static synchronized byte[] png() {
        if (png == null) {
            png = encode("png");
        }
        return png;
    }

    static synchronized byte[] jpeg() {
        if (jpeg == null) {
            jpeg = encode("jpeg");
        }
        return jpeg;
    }

    static BufferedImage draw(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] pixels = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double[][] balls = {{0.25, 0.7, 0.12}, {0.55, 0.6, 0.08}, {0.8, 0.75, 0.15}};
        for (int y = 0; y < height; y++) {
            double v = (double) y / height;
            for (int x = 0; x < width; x++) {
                double u = (double) x / width;
                double r = 90 + 120 * v;
                double g = 140 + 80 * v * u;
                double b = 230 - 150 * v;
                // stripes a few pixels wide at 4K: detail that a careless downscale turns into moire
                if (v > 0.85 && ((x / 24) & 1) == 0) {
                    r *= 0.8;
                    g *= 0.8;
                }
                for (double[] ball : balls) {
                    double dx = (u - ball[0]) * width / height;
                    double dy = v - ball[1];
                    double d = Math.sqrt(dx * dx + dy * dy) / ball[2];
                    if (d < 1) {
                        double shade = 1 - 0.6 * d * d;
                        r = 230 * shade;
                        g = 60 * shade + 40 * ball[0];
                        b = 50 * shade;
                    }
                }
                pixels[y * width + x] = (int) r << 16 | (int) g << 8 | (int) b;
            }
        }
        return image;
    }

    private static byte[] encode(String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(draw(WIDTH, HEIGHT), format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
