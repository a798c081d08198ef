package com.storefront.signage.bench;

import com.storefront.signage.core.eink.DitherMethod;
import com.storefront.signage.core.eink.DitherRegion;
import com.storefront.signage.core.eink.PaletteQuantizer;
import com.storefront.signage.core.eink.PanelProfile;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Floyd-Steinberg to the 16-grey palette on a 1872x1404 photo: {@link PaletteQuantizer} against
 * ImageMagick's {@code convert -dither FloydSteinberg -remap} on the same pixels, and ImageMagick's
 * read-only time, so its dithering-only time is the difference.
 */
final class DitherThroughput {
    /** Medians in milliseconds; the ImageMagick figures are NaN when {@code convert} could not run. */
    record Result(double oursMillis, double imRemapMillis, double imReadMillis, String convert, String problem) {
        boolean imageMagick() {
            return problem == null;
        }

        double imDitherMillis() {
            return imRemapMillis - imReadMillis;
        }
    }

    private DitherThroughput() {
    }

    static Result run(PanelProfile profile, BufferedImage photo, Path work) throws IOException, InterruptedException {
        List<DitherRegion> regions = List.of(new DitherRegion(profile.bounds(), DitherMethod.FLOYD_STEINBERG));
        for (int i = 0; i < 4; i++) {
            PaletteQuantizer.quantize(photo, profile, regions);
        }
        double[] ours = new double[9];
        for (int i = 0; i < ours.length; i++) {
            long t0 = System.nanoTime();
            PaletteQuantizer.quantize(photo, profile, regions);
            ours[i] = (System.nanoTime() - t0) / 1e6;
        }
        double oursMedian = median(ours);

        Path ppm = work.resolve("photo.ppm");
        Path palette = work.resolve("palette.ppm");
        SyntheticPhoto.writePpm(photo, ppm);
        SyntheticPhoto.writePalettePpm(profile.palette().stream().map(c -> c.argb() & 0xFFFFFF).toList(), palette);
        String convert = Files.isExecutable(Path.of("/usr/bin/convert")) ? "/usr/bin/convert" : "convert";
        List<String> remap = List.of(convert, ppm.toString(), "-dither", "FloydSteinberg", "-remap", palette.toString(), "null:");
        List<String> read = List.of(convert, ppm.toString(), "null:");
        try {
            time(remap);
            time(read);
        } catch (IOException | IllegalStateException e) {
            return new Result(oursMedian, Double.NaN, Double.NaN, convert, "ImageMagick `convert` not usable: " + e.getMessage());
        }
        double[] withRemap = new double[5];
        double[] readOnly = new double[5];
        for (int i = 0; i < 5; i++) {
            withRemap[i] = time(remap);
            readOnly[i] = time(read);
        }
        return new Result(oursMedian, median(withRemap), median(readOnly), convert, null);
    }

    private static double time(List<String> command) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException(String.join(" ", command) + " timed out");
        }
        if (p.exitValue() != 0) {
            throw new IllegalStateException(String.join(" ", command) + " exited with " + p.exitValue());
        }
        return (System.nanoTime() - t0) / 1e6;
    }

    static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
    }

}
