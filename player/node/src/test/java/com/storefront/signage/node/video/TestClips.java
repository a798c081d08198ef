package com.storefront.signage.node.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Generates short clips with ffmpeg's test sources, so no binary media is committed. */
public final class TestClips {
    private TestClips() {
    }

    /** A 2-second 320x240 clip at 25 fps (50 frames); fails the test with a hint when ffmpeg is missing. */
    public static Path testPattern(Path dir) throws IOException, InterruptedException {
        return ffmpeg(dir.resolve("clip.mp4"), "testsrc=size=320x240:rate=25", 2);
    }

    /** A 320x240 clip at 25 fps of one colour ({@code red}, {@code 0x00C000}, any ffmpeg colour), so a test can check pixels. */
    public static Path solid(Path dir, String colour, int seconds) throws IOException, InterruptedException {
        String name = "solid-" + colour.replaceAll("[^A-Za-z0-9]", "") + "-" + seconds + "s.mp4";
        return ffmpeg(dir.resolve(name), "color=c=" + colour + ":size=320x240:rate=25", seconds);
    }

    private static Path ffmpeg(Path clip, String source, int seconds) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of("ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i", source,
                "-t", Integer.toString(seconds), "-pix_fmt", "yuv420p", clip.toString()));
        Process ffmpeg;
        try {
            ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("ffmpeg not found: run scripts/require-tools.sh (Debian package ffmpeg)", e);
        }
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0 || !Files.exists(clip)) {
            throw new AssertionError("ffmpeg failed: " + new String(ffmpeg.getInputStream().readAllBytes()));
        }
        return clip;
    }
}
