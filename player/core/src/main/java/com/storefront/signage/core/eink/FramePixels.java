package com.storefront.signage.core.eink;

import java.awt.image.BufferedImage;
import java.awt.image.DataBufferByte;
import java.awt.image.DataBufferInt;
import java.awt.image.PixelInterleavedSampleModel;
import java.awt.image.SinglePixelPackedSampleModel;
import java.awt.image.WritableRaster;
import java.util.Arrays;

/**
 * A frame's pixels as 0xRRGGBB ints, read in bulk. Per-pixel {@code getRGB} costs more than the
 * whole quantisation of a 16-grey frame, so the common rendered layouts (int RGB/ARGB, 3-byte BGR)
 * are read straight from the raster; an int RGB raster is used in place, without a copy.
 * Alpha is ignored: slides are rendered opaque.
 */
record FramePixels(int[] rgb, int offset, int stride) {

    int at(int x, int y) {
        return rgb[offset + y * stride + x];
    }

    static FramePixels of(BufferedImage image) {
        WritableRaster raster = image.getRaster();
        int w = image.getWidth();
        int h = image.getHeight();
        int type = image.getType();
        if ((type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_INT_ARGB)
                && raster.getSampleModel() instanceof SinglePixelPackedSampleModel sm
                && raster.getDataBuffer() instanceof DataBufferInt db && db.getNumBanks() == 1) {
            int offset = db.getOffset() - raster.getSampleModelTranslateY() * sm.getScanlineStride()
                    - raster.getSampleModelTranslateX();
            return new FramePixels(db.getData(), offset, sm.getScanlineStride());
        }
        if (type == BufferedImage.TYPE_3BYTE_BGR && raster.getSampleModel() instanceof PixelInterleavedSampleModel sm
                && sm.getPixelStride() == 3 && Arrays.equals(sm.getBandOffsets(), new int[] {2, 1, 0})
                && raster.getDataBuffer() instanceof DataBufferByte db && db.getNumBanks() == 1) {
            return fromBgr(db.getData(), db.getOffset() - raster.getSampleModelTranslateY() * sm.getScanlineStride()
                    - raster.getSampleModelTranslateX() * 3, sm.getScanlineStride(), w, h);
        }
        int[] rgb = image.getRGB(0, 0, w, h, null, 0, w);
        return new FramePixels(rgb, 0, w);
    }

    private static FramePixels fromBgr(byte[] bgr, int offset, int stride, int w, int h) {
        int[] rgb = new int[w * h];
        for (int y = 0; y < h; y++) {
            int s = offset + y * stride;
            int d = y * w;
            for (int x = 0; x < w; x++, s += 3) {
                rgb[d + x] = (bgr[s + 2] & 0xFF) << 16 | (bgr[s + 1] & 0xFF) << 8 | (bgr[s] & 0xFF);
            }
        }
        return new FramePixels(rgb, 0, w);
    }
}
