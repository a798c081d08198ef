package com.storefront.signage.core.render;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes uploaded images with a pixel limit checked from the header before any pixel is
 * allocated, so a small file claiming to be 100000x100000 cannot exhaust memory.
 */
public final class ImageDecoder {
    public static final long DEFAULT_MAX_PIXELS = 8192L * 8192L;

    private ImageDecoder() {
    }

    /** What an image is, read from its header. */
    public record ImageInfo(String format, int width, int height) {
    }

    public static ImageInfo inspect(byte[] bytes, long maxPixels) throws InvalidImageException {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            ImageReader reader = reader(in);
            try {
                reader.setInput(in, true, true);
                int w = reader.getWidth(0);
                int h = reader.getHeight(0);
                if ((long) w * h > maxPixels) {
                    throw new InvalidImageException("image is " + w + "x" + h + ", larger than the limit of " + maxPixels + " pixels");
                }
                return new ImageInfo(reader.getFormatName().toLowerCase(java.util.Locale.ROOT), w, h);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidImageException("image cannot be read: " + e.getMessage());
        }
    }

    public static BufferedImage decode(byte[] bytes, long maxPixels) throws InvalidImageException {
        inspect(bytes, maxPixels);
        try {
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            if (image == null) {
                throw new InvalidImageException("not a PNG or JPEG image");
            }
            return image;
        } catch (IOException e) {
            throw new InvalidImageException("image is corrupt: " + e.getMessage());
        }
    }

    private static ImageReader reader(ImageInputStream in) throws InvalidImageException {
        if (in == null) {
            throw new InvalidImageException("image cannot be read");
        }
        Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
        if (!readers.hasNext()) {
            throw new InvalidImageException("not a PNG or JPEG image");
        }
        return readers.next();
    }

    /** The bytes are not an image we can show; the message says why in words a user can act on. */
    public static final class InvalidImageException extends Exception {
        public InvalidImageException(String message) {
            super(message);
        }
    }
}
