package com.storefront.signage.bench;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;

/**
 * A smooth, photo-like picture drawn from a seed: a sky gradient, a soft sun, rolling hills and a
 * few round "fruits" with shading, over a faint grain. Deterministic, so the bench and ImageMagick
 * dither the very same pixels.
 */
final class SyntheticPhoto {
    private SyntheticPhoto() {
    }

    static BufferedImage draw(int width, int height, long seed) {
        Random random = new Random(seed);
        double hue = random.nextDouble();
        double sunX = 0.2 + 0.6 * random.nextDouble();
        double sunY = 0.1 + 0.2 * random.nextDouble();
        double[] hill = {random.nextDouble() * 6, random.nextDouble() * 6, random.nextDouble() * 6};
        int fruits = 3 + random.nextInt(4);
        double[][] fruit = new double[fruits][];
        for (int i = 0; i < fruits; i++) {
            fruit[i] = new double[] {0.1 + 0.8 * random.nextDouble(), 0.6 + 0.3 * random.nextDouble(),
                    0.06 + 0.08 * random.nextDouble(), random.nextDouble()};
        }
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        double aspect = (double) width / height;
        for (int y = 0; y < height; y++) {
            double v = (double) y / height;
            double horizon = 0.5;
            for (int x = 0; x < width; x++) {
                double u = (double) x / width;
                double ridge = horizon + 0.05 * Math.sin(hill[0] + u * 7) + 0.03 * Math.sin(hill[1] + u * 17)
                        + 0.015 * Math.sin(hill[2] + u * 41);
                double r;
                double g;
                double b;
                if (v < ridge) {
                    double t = v / ridge;
                    r = 0.35 + 0.5 * t;
                    g = 0.55 + 0.35 * t;
                    b = 0.9 - 0.15 * t;
                    double dx = (u - sunX) * aspect;
                    double dy = v - sunY;
                    double sun = Math.exp(-(dx * dx + dy * dy) / 0.006);
                    r += 0.6 * sun;
                    g += 0.5 * sun;
                    b += 0.2 * sun;
                } else {
                    double t = (v - ridge) / (1 - ridge + 1e-9);
                    double stripes = 0.06 * Math.sin(u * 40 + t * 25 + hill[1]);
                    r = 0.25 + 0.25 * hue - 0.15 * t + stripes;
                    g = 0.45 + 0.1 * t + stripes;
                    b = 0.15 + 0.1 * hue;
                }
                for (double[] f : fruit) {
                    double dx = (u - f[0]) * aspect;
                    double dy = v - f[1];
                    double d2 = (dx * dx + dy * dy) / (f[2] * f[2]);
                    if (d2 < 1) {
                        double shade = 0.45 + 0.55 * Math.sqrt(1 - d2) - 0.25 * (dx + dy) / f[2];
                        double fh = (f[3] + hue) % 1.0;
                        r = shade * (0.5 + 0.5 * Math.cos(6.283 * fh));
                        g = shade * (0.5 + 0.5 * Math.cos(6.283 * (fh - 0.33)));
                        b = shade * (0.5 + 0.5 * Math.cos(6.283 * (fh - 0.67)));
                    }
                }
                double grain = ((hash(x, y, seed) & 0xFF) / 255.0 - 0.5) * 0.03;
                out[y * width + x] = (clamp(r + grain) << 16) | (clamp(g + grain) << 8) | clamp(b + grain);
            }
        }
        return image;
    }

    private static int hash(int x, int y, long seed) {
        long h = x * 0x9E3779B97F4A7C15L ^ y * 0xC2B2AE3D27D4EB4FL ^ seed;
        h ^= h >>> 29;
        h *= 0xBF58476D1CE4E5B9L;
        return (int) (h ^ (h >>> 32));
    }

    private static int clamp(double c) {
        return (int) Math.max(0, Math.min(255, Math.round(c * 255)));
    }

    /** Binary 8-bit PPM (P6), what ImageMagick reads fastest. */
    static void writePpm(BufferedImage image, Path file) throws IOException {
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
            out.write(("P6\n" + image.getWidth() + " " + image.getHeight() + "\n255\n").getBytes());
            for (int y = 0; y < image.getHeight(); y++) {
                for (int x = 0; x < image.getWidth(); x++) {
                    int rgb = image.getRGB(x, y);
                    out.write((rgb >> 16) & 0xFF);
                    out.write((rgb >> 8) & 0xFF);
                    out.write(rgb & 0xFF);
                }
            }
        }
    }

    /** A 1-pixel-high PPM holding {@code colours} (0xRRGGBB), for {@code convert -remap}. */
    static void writePalettePpm(List<Integer> colours, Path file) throws IOException {
        BufferedImage image = new BufferedImage(colours.size(), 1, BufferedImage.TYPE_INT_RGB);
        for (int i = 0; i < colours.size(); i++) {
            image.setRGB(i, 0, colours.get(i));
        }
        writePpm(image, file);
    }
}
