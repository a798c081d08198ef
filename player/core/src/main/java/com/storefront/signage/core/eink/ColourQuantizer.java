package com.storefront.signage.core.eink;

import java.util.Arrays;

/** Quantises in linear RGB, for panels with coloured inks (black/white/red labels, six-colour panels). */
final class ColourQuantizer implements RegionQuantizer {
    private final PaletteSpace palette;

    ColourQuantizer(PaletteSpace palette) {
        this.palette = palette;
    }

    private static float lin(int rgb, int shift) {
        return LinearLight.toLinear(rgb >> shift & 0xFF);
    }

    @Override
    public void nearest(WorkingFrame frame, int region) {
        FramePixels pixels = frame.pixels();
        int[] rgb = pixels.rgb();
        byte[] out = frame.indices();
        int[] spans = frame.ownership().newSpanBuffer();
        Rect area = frame.ownership().area(region);
        // slides are mostly runs of one colour (backgrounds, text): remember the last answer
        int lastColour = -1;
        byte lastIndex = 0;
        for (int y = area.y(); y < area.bottom(); y++) {
            int src = pixels.offset() + y * pixels.stride();
            int dst = y * frame.width();
            int count = frame.ownership().spans(region, y, spans);
            for (int s = 0; s < count; s++) {
                for (int x = spans[2 * s], end = spans[2 * s + 1]; x < end; x++) {
                    int c = rgb[src + x] & 0xFFFFFF;
                    if (c != lastColour) {
                        lastColour = c;
                        lastIndex = (byte) palette.nearest(lin(c, 16), lin(c, 8), lin(c, 0));
                    }
                    out[dst + x] = lastIndex;
                }
            }
        }
    }

    @Override
    public void threshold(WorkingFrame frame, int region, ThresholdMatrix matrix) {
        FramePixels pixels = frame.pixels();
        int[] rgb = pixels.rgb();
        byte[] out = frame.indices();
        int[] spans = frame.ownership().newSpanBuffer();
        Rect area = frame.ownership().area(region);
        for (int y = area.y(); y < area.bottom(); y++) {
            int src = pixels.offset() + y * pixels.stride();
            int dst = y * frame.width();
            int count = frame.ownership().spans(region, y, spans);
            for (int s = 0; s < count; s++) {
                for (int x = spans[2 * s], end = spans[2 * s + 1]; x < end; x++) {
                    int c = rgb[src + x];
                    out[dst + x] = (byte) palette.mix(lin(c, 16), lin(c, 8), lin(c, 0), matrix.at(x, y));
                }
            }
        }
    }

    @Override
    public void diffuse(WorkingFrame frame, int region, ErrorKernel kernel) {
        FramePixels pixels = frame.pixels();
        int[] rgb = pixels.rgb();
        byte[] out = frame.indices();
        Rect area = frame.ownership().area(region);
        int margin = ErrorKernel.REACH;
        // three floats (r, g, b) per column
        float[][] errors = new float[kernel.rows][(area.width() + 2 * margin) * 3];
        int taps = kernel.weight.length;
        float[][] tapRow = new float[taps][];
        int[] tapOffset = new int[taps];
        int[] spans = frame.ownership().newSpanBuffer();
        boolean[] owned = new boolean[area.width()];
        float[] low = palette.low;
        float[] high = palette.high;
        for (int y = area.y(); y < area.bottom(); y++) {
            int row = y - area.y();
            float[] current = errors[row % kernel.rows];
            int direction = (row & 1) == 0 ? 1 : -1;
            for (int t = 0; t < taps; t++) {
                tapRow[t] = errors[(row + kernel.dy[t]) % kernel.rows];
                tapOffset[t] = direction * kernel.dx[t] * 3;
            }
            frame.ownedRow(region, y, spans, owned);
            int src = pixels.offset() + y * pixels.stride();
            int dst = y * frame.width();
            int col = direction == 1 ? 0 : area.width() - 1;
            for (int n = 0; n < area.width(); n++, col += direction) {
                if (!owned[col]) {
                    continue; // error that reached a later region's pixel is dropped there
                }
                int x = area.x() + col;
                int e = (col + margin) * 3;
                int c = rgb[src + x];
                // clamped to the inks' bounding box, so error cannot pile up in colours the panel cannot show
                float r = Math.max(low[0], Math.min(high[0], lin(c, 16) + current[e]));
                float g = Math.max(low[1], Math.min(high[1], lin(c, 8) + current[e + 1]));
                float b = Math.max(low[2], Math.min(high[2], lin(c, 0) + current[e + 2]));
                int index = palette.nearest(r, g, b);
                out[dst + x] = (byte) index;
                float er = r - palette.red[index];
                float eg = g - palette.green[index];
                float eb = b - palette.blue[index];
                for (int t = 0; t < taps; t++) {
                    float[] target = tapRow[t];
                    int k = e + tapOffset[t];
                    float w = kernel.weight[t];
                    target[k] += er * w;
                    target[k + 1] += eg * w;
                    target[k + 2] += eb * w;
                }
            }
            Arrays.fill(current, 0f);
        }
    }
}
