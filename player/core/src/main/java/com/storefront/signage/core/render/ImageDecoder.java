package com.storefront.signage.core.render;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReadParam;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/**
 * Decodes uploaded images with a pixel limit checked from the header before any pixel is
 * allocated, so a small file claiming to be 100000x100000 cannot exhaust memory; given the box the
 * image will be drawn into, it decodes only every n-th pixel of a photo far larger than that box.
 * The player and the server's preview both decode through here, so their frames stay identical.
 */
public final class ImageDecoder {
    public static final long DEFAULT_MAX_PIXELS = 8192L * 8192L;

    private ImageDecoder() {
    }

    /** What an image is, read from its header. */
    public record ImageInfo(String format, int width, int height) {
    }

    public static ImageInfo inspect(byte[] bytes, long maxPixels) throws InvalidImageException {
        try (ImageInputStream in = new BytesImageInputStream(bytes)) {
            ImageReader reader = reader(in);
            try {
                return header(reader, in, maxPixels);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidImageException("image cannot be read: " + e.getMessage());
        }
    }

    /** Every pixel of the image. */
    public static BufferedImage decode(byte[] bytes, long maxPixels) throws InvalidImageException {
        return decode(new BytesImageInputStream(bytes), maxPixels, null);
    }

    /** The image at no more than twice the size it is drawn at in {@code target} (see {@link ImageTarget#subsampling}). */
    public static BufferedImage decode(byte[] bytes, long maxPixels, ImageTarget target) throws InvalidImageException {
        return decode(new BytesImageInputStream(bytes), maxPixels, target);
    }

    /**
     * Decodes from {@code in} (a file or bytes, read where they are) and closes it. A null
     * {@code target} decodes every pixel. Images whose pixels Java2D can only draw slowly (16 bits
     * per channel) come back as 8-bit ARGB, what drawing would have reduced them to anyway.
     */
    public static BufferedImage decode(ImageInputStream in, long maxPixels, ImageTarget target) throws InvalidImageException {
        try (in) {
            ImageReader reader = reader(in);
            try {
                ImageInfo info = header(reader, in, maxPixels);
                ImageReadParam param = reader.getDefaultReadParam();
                int step = target == null ? 1 : target.subsampling(info.width(), info.height());
                param.setSourceSubsampling(step, step, 0, 0);
                BufferedImage image;
                try {
                    image = reader.read(0, param);
                } catch (IOException e) {
                    throw new InvalidImageException("image is corrupt: " + e.getMessage());
                }
                return drawable(image);
            } finally {
                reader.dispose();
            }
        } catch (IOException e) {
            throw new InvalidImageException("image cannot be read: " + e.getMessage());
        }
    }

    private static ImageInfo header(ImageReader reader, ImageInputStream in, long maxPixels) throws IOException, InvalidImageException {
        reader.setInput(in, true, true);
        int w = reader.getWidth(0);
        int h = reader.getHeight(0);
        if ((long) w * h > maxPixels) {
            throw new InvalidImageException("image is " + w + "x" + h + ", larger than the limit of " + maxPixels + " pixels");
        }
        return new ImageInfo(reader.getFormatName().toLowerCase(Locale.ROOT), w, h);
    }

    /**
     * A custom layout (16-bit PNG) made ARGB, which the painter scales several times faster. Row by
     * row through the colour model, exactly as {@code getRGB} reads each pixel: drawing would round
     * translucent pixels through premultiplied alpha.
     */
    private static BufferedImage drawable(BufferedImage image) {
        if (image.getType() != BufferedImage.TYPE_CUSTOM) {
            return image;
        }
        int w = image.getWidth();
        int type = image.getColorModel().hasAlpha() ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB;
        BufferedImage converted = new BufferedImage(w, image.getHeight(), type);
        int[] row = new int[w];
        for (int y = 0; y < image.getHeight(); y++) {
            image.getRGB(0, y, w, 1, row, 0, w);
            converted.setRGB(0, y, w, 1, row, 0, w);
        }
        return converted;
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
