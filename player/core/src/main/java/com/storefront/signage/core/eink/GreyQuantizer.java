package com.storefront.signage.core.eink;

import java.util.Arrays;

/** Quantises on linear luminance through {@link GreyLevels} tables, for panels whose inks are all neutral greys. */
final class GreyQuantizer implements RegionQuantizer {
    /** Fixed-point luminance: table steps times 256, so a pixel's step is three reads, two adds and a shift. */
    private static final int[] RED_STEPS = steps(0.2126f);
    private static final int[] GREEN_STEPS = steps(0.7152f);
    private static final int[] BLUE_STEPS = steps(0.0722f);
    private static final float[] RED = channel(0.2126f);
    private static final float[] GREEN = channel(0.7152f);
    private static final float[] BLUE = channel(0.0722f);

    private final GreyLevels levels;
    private final float[] inkLuminance;

    GreyQuantizer(PaletteSpace palette) {
        this.levels = new GreyLevels(palette);
        this.inkLuminance = palette.luminance;
    }

    private static int[] steps(float weight) {
        int[] t = new int[256];
        for (int i = 0; i < 256; i++) {
            t[i] = Math.round(weight * LinearLight.toLinear(i) * (GreyLevels.STEPS - 1) * 256);
        }
        return t;
    }

    private static float[] channel(float weight) {
        float[] t = new float[256];
        for (int i = 0; i < 256; i++) {
            t[i] = weight * LinearLight.toLinear(i);
        }
        return t;
    }

    private static int step(int rgb) {
        int s = (RED_STEPS[rgb >> 16 & 0xFF] + GREEN_STEPS[rgb >> 8 & 0xFF] + BLUE_STEPS[rgb & 0xFF] + 128) >> 8;
        return Math.min(s, GreyLevels.STEPS - 1);
    }

    private static float luminance(int rgb) {
        return RED[rgb >> 16 & 0xFF] + GREEN[rgb >> 8 & 0xFF] + BLUE[rgb & 0xFF];
    }

    @Override
    public void nearest(WorkingFrame frame, int region) {
        FramePixels pixels = frame.pixels();
        int[] rgb = pixels.rgb();
        byte[] out = frame.indices();
        byte[] nearest = levels.nearest;
        int[] spans = frame.ownership().newSpanBuffer();
        Rect area = frame.ownership().area(region);
        for (int y = area.y(); y < area.bottom(); y++) {
            int src = pixels.offset() + y * pixels.stride();
            int dst = y * frame.width();
            int count = frame.ownership().spans(region, y, spans);
            for (int s = 0; s < count; s++) {
                for (int x = spans[2 * s], end = spans[2 * s + 1]; x < end; x++) {
                    out[dst + x] = nearest[step(rgb[src + x])];
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
                    int q = step(rgb[src + x]);
                    out[dst + x] = levels.share[q] > matrix.at(x, y) ? levels.upper[q] : levels.lower[q];
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
        int span = area.width() + 2 * margin;
        // the kernel's rows of error side by side in one array, reused round-robin
        float[] errors = new float[kernel.rows * span];
        int taps = kernel.weight.length;
        float[] weight = kernel.weight;
        int[] tapOffset = new int[taps];
        int[] spans = frame.ownership().newSpanBuffer();
        boolean[] owned = new boolean[area.width()];
        float darkest = levels.darkest;
        float lightest = levels.lightest;
        byte[] nearest = levels.nearest;
        for (int y = area.y(); y < area.bottom(); y++) {
            int row = y - area.y();
            int current = (row % kernel.rows) * span;
            int direction = (row & 1) == 0 ? 1 : -1;
            for (int t = 0; t < taps; t++) {
                tapOffset[t] = ((row + kernel.dy[t]) % kernel.rows) * span + direction * kernel.dx[t];
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
                int e = col + margin;
                // clamped to the inks' range: light the panel cannot show is not owed to the neighbours
                float v = Math.max(darkest, Math.min(lightest, luminance(rgb[src + x]) + errors[current + e]));
                byte index = nearest[(int) (v * (GreyLevels.STEPS - 1) + 0.5f)];
                out[dst + x] = index;
                float error = v - inkLuminance[index];
                for (int t = 0; t < taps; t++) {
                    errors[e + tapOffset[t]] += error * weight[t];
                }
            }
            Arrays.fill(errors, current, current + span, 0f);
        }
    }
}
