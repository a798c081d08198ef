package com.storefront.signage.node.video;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;

/** Generates short clips with ffmpeg's test source, so no binary media is committed. */
public final class TestClips {
    private TestClips() {
    }

    /** A 2-second 320x240 clip at 25 fps (50 frames); fails the test with a hint when ffmpeg is missing. */
    public static Path testPattern(Path dir) throws IOException, InterruptedException {
        Path clip = dir.resolve("clip.mp4");
        Process ffmpeg;
        try {
            ffmpeg = new ProcessBuilder("ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                    "testsrc=size=320x240:rate=25", "-t", "2", "-pix_fmt", "yuv420p", clip.toString())
                    .redirectErrorStream(true).start();
        } catch (IOException e) {
            throw new AssertionError("ffmpeg not found: run scripts/require-tools.sh (Debian package ffmpeg)", e);
        }
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0 || !Files.exists(clip)) {
            throw new AssertionError("ffmpeg failed: " + new String(ffmpeg.getInputStream().readAllBytes()));
        }
        return clip;
    }
}
