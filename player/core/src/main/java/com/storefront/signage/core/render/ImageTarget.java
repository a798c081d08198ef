package com.storefront.signage.core.render;

/**
 * The box, in device pixels, that an image will be drawn into, and how: {@code cover} fills the box
 * and crops, otherwise the image is contained (letterboxed). Lets a {@link MediaSource} decode a large
 * photo at no more than the size the painter will use, instead of holding every source pixel.
 */
public record ImageTarget(int width, int height, boolean cover) {
    /**
     * Decoded pixels kept per drawn pixel in each direction: the painter's bilinear downscale from
     * about twice the drawn size looks like the full image scaled down, while a 4K photo in a
     * label-sized box is held at a small fraction of its size.
     */
    static final int OVERSAMPLING = 2;

    public ImageTarget {
        if (width < 1 || height < 1) {
            throw new IllegalArgumentException("image target must be at least 1x1 pixels, was " + width + "x" + height);
        }
    }

    /** The box of a layout image at {@code scale} device pixels per layout pixel. */
    static ImageTarget of(LayoutElement.Image image, int scale) {
        LayoutElement.Box b = image.box();
        return new ImageTarget(b.w() * scale, b.h() * scale, "cover".equals(image.fit()));
    }

    /**
     * The source subsampling for an image of {@code sourceWidth x sourceHeight}: the largest step
     * that still leaves {@link #OVERSAMPLING} decoded pixels for every drawn pixel in both
     * directions; 1 (every pixel) when the image is drawn at more than half its size.
     */
    public int subsampling(int sourceWidth, int sourceHeight) {
        double sx = (double) width / sourceWidth;
        double sy = (double) height / sourceHeight;
        double drawnPerSource = cover ? Math.max(sx, sy) : Math.min(sx, sy);
        return Math.max(1, (int) Math.floor(1 / (OVERSAMPLING * drawnPerSource)));
    }
}
