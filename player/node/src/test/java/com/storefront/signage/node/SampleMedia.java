package com.storefront.signage.node;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.imageio.ImageIO;

/** A small real PNG and its sha256, as the CMS would name it. */
public record SampleMedia(byte[] bytes, String sha256) {

    /** A 16x16 PNG filled with {@code rgb}; different colours give different hashes. */
    public static SampleMedia png(int rgb) {
        BufferedImage image = new BufferedImage(16, 16, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 16; y++) {
            for (int x = 0; x < 16; x++) {
                image.setRGB(x, y, rgb);
            }
        }
        return encoded(image);
    }

    /** A PNG of random noise: it barely compresses, so a download of it takes a while on a throttled link. */
    public static SampleMedia noisePng(long seed, int width, int height) {
        java.util.Random random = new java.util.Random(seed);
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        return encoded(image);
    }

    private static SampleMedia encoded(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            byte[] bytes = out.toByteArray();
            return new SampleMedia(bytes, sha256(bytes));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same bytes with one flipped near the end: same length, different hash. */
    public byte[] corrupted() {
        byte[] copy = Arrays.copyOf(bytes, bytes.length);
        copy[copy.length - 5] ^= 0x5A;
        return copy;
    }

    public static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
