package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs {@link HeapProbe} in a child JVM capped at {@code -Xmx}, and reads back what it printed. */
final class HeapRun {
    /**
     * @param baseBytes heap used after GC once renderer, media cache and output are set up
     * @param peakBytes the largest heap used after a full GC, sampled mid-paint and after each frame
     * @param completed every item played without running out of heap
     */
    record Result(long baseBytes, long peakBytes, int items, boolean completed, String detail) {
        double peakMb() {
            return peakBytes / (1024.0 * 1024.0);
        }

        double baseMb() {
            return baseBytes / (1024.0 * 1024.0);
        }
    }

    private HeapRun() {
    }

    static Result run(DisplayClass cls, int scale, Path images, int items, int xmxMb, boolean simulatedGlass) throws IOException, InterruptedException {
        Path jar = Path.of(HeapRun.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(List.of(java, "-Xmx" + xmxMb + "m", "-Djava.awt.headless=true", "-jar", jar.toString(),
                "render-heap-probe", cls.id(), Integer.toString(scale), images.toString(), Integer.toString(items),
                simulatedGlass ? "simulated" : "panel"))
                .redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(0, 0, 0, false, "timed out");
        }
        long base = 0;
        long peak = 0;
        int done = 0;
        boolean ok = false;
        String detail = "exit " + p.exitValue();
        for (String line : out.split("\n")) {
            String[] w = line.trim().split(" ");
            if (w[0].equals("BASE")) {
                base = Long.parseLong(w[1]);
            } else if (w[0].equals("PEAK")) {
                peak = Long.parseLong(w[1]);
                done = Integer.parseInt(w[3]);
            } else if (w[0].equals("OK")) {
                ok = p.exitValue() == 0;
            } else if (w[0].equals("OOM")) {
                detail = "OutOfMemoryError after " + done + " items, in " + line.replaceFirst(".* at ", "");
            }
        }
        if (!ok && detail.startsWith("exit")) {
            detail += ": " + out.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("");
        }
        return new Result(base, peak, done, ok, ok ? "" : detail);
    }
}
