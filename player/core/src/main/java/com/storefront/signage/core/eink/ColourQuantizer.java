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
    public void nearest(WorkingFrame frame, Rect area, short owner) {
        int[] rgb = frame.pixels().rgb();
        int offset = frame.pixels().offset();
        int stride = frame.pixels().stride();
        short[] owners = frame.owners();
        byte[] out = frame.indices();
        // slides are mostly runs of one colour (backgrounds, text): remember the last answer
        int lastColour = -1;
        byte lastIndex = 0;
        for (int y = area.y(); y < area.bottom(); y++) {
            int src = offset + y * stride;
            int dst = y * frame.width();
            for (int x = area.x(); x < area.right(); x++) {
                if (owners[dst + x] != owner) {
                    continue;
                }
                int c = rgb[src + x] & 0xFFFFFF;
                if (c != lastColour) {
                    lastColour = c;
                    lastIndex = (byte) palette.nearest(lin(c, 16), lin(c, 8), lin(c, 0));
                }
                out[dst + x] = lastIndex;
            }
        }
    }

    @Override
    public void threshold(WorkingFrame frame, Rect area, short owner, ThresholdMatrix matrix) {
        int[] rgb = frame.pixels().rgb();
        int offset = frame.pixels().offset();
        int stride = frame.pixels().stride();
        short[] owners = frame.owners();
        byte[] out = frame.indices();
        for (int y = area.y(); y < area.bottom(); y++) {
            int src = offset + y * stride;
            int dst = y * frame.width();
            for (int x = area.x(); x < area.right(); x++) {
                if (owners[dst + x] == owner) {
                    int c = rgb[src + x];
                    out[dst + x] = (byte) palette.mix(lin(c, 16), lin(c, 8), lin(c, 0), matrix.at(x, y));
                }
            }
        }
    }

    @Override
    public void diffuse(WorkingFrame frame, Rect area, short owner, ErrorKernel kernel) {
        int[] rgb = frame.pixels().rgb();
        int offset = frame.pixels().offset();
        int stride = frame.pixels().stride();
        short[] owners = frame.owners();
        byte[] out = frame.indices();
        int margin = ErrorKernel.REACH;
        // three floats (r, g, b) per column
        float[][] errors = new float[kernel.rows][(area.width() + 2 * margin) * 3];
        int taps = kernel.weight.length;
        float[] low = palette.low;
        float[] high = palette.high;
        for (int y = area.y(); y < area.bottom(); y++) {
            int row = y - area.y();
            float[] current = errors[row % kernel.rows];
            int direction = (row & 1) == 0 ? 1 : -1;
            int x = direction == 1 ? area.x() : area.right() - 1;
            int src = offset + y * stride;
            int dst = y * frame.width();
            for (int n = 0; n < area.width(); n++, x += direction) {
                if (owners[dst + x] != owner) {
                    continue; // error that reached another region's pixel is dropped there
                }
                int e = (x - area.x() + margin) * 3;
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
                    float[] target = errors[(row + kernel.dy[t]) % kernel.rows];
                    int k = e + direction * kernel.dx[t] * 3;
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
