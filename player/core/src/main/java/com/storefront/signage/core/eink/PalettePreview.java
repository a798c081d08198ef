package com.storefront.signage.core.eink;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** What the glass will show for an indexed frame: each index painted in its measured ink colour. */
public final class PalettePreview {
    private PalettePreview() {
    }

    public static BufferedImage toImage(IndexedFrame frame, PanelProfile profile) {
        int[] inks = profile.palette().stream().mapToInt(c -> c.argb() & 0xFFFFFF).toArray();
        BufferedImage image = new BufferedImage(frame.width(), frame.height(), BufferedImage.TYPE_INT_RGB);
        int[] out = ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
        byte[] indices = frame.indices();
        for (int i = 0; i < indices.length; i++) {
            int index = indices[i] & 0xFF;
            if (index >= inks.length) {
                throw new IllegalArgumentException("index " + index + " at pixel (" + i % frame.width() + ", "
                        + i / frame.width() + ") is outside panel " + profile.id() + "'s " + inks.length + " inks");
            }
            out[i] = inks[index];
        }
        return image;
    }
}
