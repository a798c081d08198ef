package com.storefront.signage.core.render;

/** One thing a slide layout draws, positioned in the display's native pixels. */
public sealed interface LayoutElement permits LayoutElement.Rect, LayoutElement.Text, LayoutElement.Image, LayoutElement.Qr {

    Box box();

    record Box(int x, int y, int w, int h) {
        public Box {
            if (w < 0 || h < 0) {
                throw new IllegalArgumentException("box width and height must not be negative");
            }
        }
    }

    record Rect(Box box, String fill, int radius) implements LayoutElement {
    }

    /**
     * Text that must fit its box: it wraps up to {@code maxLines}, shrinks from {@code size} down to
     * {@code minSize}, and only then ends with an ellipsis. {@code align} is {@code start},
     * {@code center} or {@code end}, relative to the text's own direction.
     */
    record Text(Box box, String content, int size, int minSize, boolean bold, String color,
                String align, String valign, int maxLines, boolean strike) implements LayoutElement {
    }

    /** A media image by sha256, scaled to {@code contain} (letterbox) or {@code cover} (crop). */
    record Image(Box box, String ref, String fit) implements LayoutElement {
    }

    record Qr(Box box, String data, String color, String background) implements LayoutElement {
    }
}
