package com.storefront.signage.core.eink;

import java.util.Arrays;

/** Quantises on linear luminance, for panels whose inks are all neutral greys. */
final class GreyQuantizer implements RegionQuantizer {
    private static final float[] RED = channel(0.2126f);
    private static final float[] GREEN = channel(0.7152f);
    private static final float[] BLUE = channel(0.0722f);

    private final GreyLevels levels;
    private final float[] inkLuminance;

    GreyQuantizer(PaletteSpace palette) {
        this.levels = new GreyLevels(palette);
        this.inkLuminance = palette.luminance;
    }

    private static float[] channel(float weight) {
        float[] t = new float[256];
        for (int i = 0; i < 256; i++) {
            t[i] = weight * LinearLight.toLinear(i);
        }
        return t;
    }

    private static float luminance(int rgb) {
        return RED[rgb >> 16 & 0xFF] + GREEN[rgb >> 8 & 0xFF] + BLUE[rgb & 0xFF];
    }

    @Override
    public void nearest(WorkingFrame frame, Rect area, short owner) {
        int[] rgb = frame.pixels().rgb();
        int offset = frame.pixels().offset();
        int stride = frame.pixels().stride();
        short[] owners = frame.owners();
        byte[] out = frame.indices();
        byte[] nearest = levels.nearest;
        for (int y = area.y(); y < area.bottom(); y++) {
            int src = offset + y * stride;
            int dst = y * frame.width();
            for (int x = area.x(); x < area.right(); x++) {
                if (owners[dst + x] == owner) {
                    out[dst + x] = nearest[GreyLevels.step(luminance(rgb[src + x]))];
                }
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
                    int q = GreyLevels.step(luminance(rgb[src + x]));
                    out[dst + x] = levels.share[q] > matrix.at(x, y) ? levels.upper[q] : levels.lower[q];
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
        float[][] errors = new float[kernel.rows][area.width() + 2 * margin];
        int taps = kernel.weight.length;
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
                int e = x - area.x() + margin;
                // clamped to the inks' range: light the panel cannot show is not owed to the neighbours
                float v = Math.max(levels.darkest, Math.min(levels.lightest, luminance(rgb[src + x]) + current[e]));
                byte index = levels.nearest[GreyLevels.step(v)];
                out[dst + x] = index;
                float error = v - inkLuminance[index];
                for (int t = 0; t < taps; t++) {
                    errors[(row + kernel.dy[t]) % kernel.rows][e + direction * kernel.dx[t]] += error * kernel.weight[t];
                }
            }
            Arrays.fill(current, 0f);
        }
    }
}
