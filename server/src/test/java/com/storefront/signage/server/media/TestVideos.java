package com.storefront.signage.server.media;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;

/**
 * Clips made with ffmpeg when a test first asks for them (no binary media is committed for
 * tests), each made once per test run. ffmpeg comes from scripts/require-tools.sh.
 */
public final class TestVideos {
    private static final Map<String, byte[]> MADE = new ConcurrentHashMap<>();
    private static final List<String> TEST_PATTERN = List.of("-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-t", "2");

    private TestVideos() {
    }

    /** 2 s of ffmpeg's test pattern, 320x240, H.264, moov before mdat (+faststart). */
    public static byte[] h264() {
        return make("h264", TEST_PATTERN, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-movflags", "+faststart");
    }

    /** The same, with mdat before moov, as a camera or a plain ffmpeg run writes it. */
    public static byte[] h264MdatFirst() {
        return make("h264-mdat-first", TEST_PATTERN, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");
    }

    public static byte[] h265() {
        return make("h265", TEST_PATTERN, "-c:v", "libx265", "-preset", "ultrafast", "-x265-params", "log-level=error",
                "-tag:v", "hvc1", "-pix_fmt", "yuv420p");
    }

    /** MPEG-4 Part 2 ('mp4v'), which players are not asked to decode. */
    public static byte[] mpeg4Part2() {
        return make("mp4v", TEST_PATTERN, "-c:v", "mpeg4");
    }

    /** Recorded upright on a phone: 320x240 pixels with a 90-degree display matrix. */
    public static byte[] rotated() {
        // ffmpeg 5 writes the rotation matrix only when copying the stream
        return MADE.computeIfAbsent("rotated", k -> {
            try {
                Path upright = Files.createTempFile("signage-video", ".mp4");
                Files.write(upright, h264());
                byte[] turned = run(k, List.of("-i", upright.toString()), List.of("-c", "copy", "-metadata:s:v:0", "rotate=90"));
                Files.delete(upright);
                return turned;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }).clone();
    }

    public static byte[] audioOnly() {
        return make("audio", List.of("-f", "lavfi", "-i", "sine=frequency=440:duration=1"), "-c:a", "aac");
    }

    /** H.264 with an audio track next to the video one, as most real clips have. */
    public static byte[] withSound() {
        return make("av", List.of("-f", "lavfi", "-i", "testsrc=size=320x240:rate=25", "-f", "lavfi", "-i",
                "sine=frequency=440", "-t", "2"), "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p", "-c:a", "aac");
    }

    /** One 4096x2160 (DCI 4K) frame: wider than a player shows. */
    public static byte[] dci4k() {
        return make("dci4k", List.of("-f", "lavfi", "-i", "color=c=blue:size=4096x2160:rate=25", "-frames:v", "1"),
                "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p");
    }

    /** Streamed style: an empty moov with 'mvex', the frames in moof/mdat fragments. */
    public static byte[] fragmented() {
        return make("fragmented", TEST_PATTERN, "-c:v", "libx264", "-preset", "ultrafast", "-pix_fmt", "yuv420p",
                "-movflags", "frag_keyframe+empty_moov");
    }

    /**
     * The clip with a 'free' box of random bytes appended: still a valid MP4, but with a sha256 of
     * its own, so a test's upload is new (201) however often the same clip was uploaded before.
     */
    public static byte[] unique(byte[] clip) {
        byte[] tag = java.util.UUID.randomUUID().toString().getBytes(java.nio.charset.StandardCharsets.US_ASCII);
        return java.nio.ByteBuffer.allocate(clip.length + 8 + tag.length).put(clip).putInt(8 + tag.length)
                .put("free".getBytes(java.nio.charset.StandardCharsets.US_ASCII)).put(tag).array();
    }

    private static byte[] make(String name, List<String> input, String... output) {
        return MADE.computeIfAbsent(name, k -> run(k, input, List.of(output))).clone();
    }

    private static byte[] run(String name, List<String> input, List<String> output) {
        try {
            Path dir = Files.createTempDirectory("signage-video");
            Path clip = dir.resolve(name + ".mp4");
            List<String> command = new ArrayList<>(List.of("ffmpeg", "-loglevel", "error", "-y"));
            command.addAll(input);
            command.addAll(output);
            command.add(clip.toString());
            Process ffmpeg;
            try {
                ffmpeg = new ProcessBuilder(command).redirectErrorStream(true).start();
            } catch (IOException e) {
                throw new AssertionError("ffmpeg not found: run scripts/require-tools.sh (Debian package ffmpeg)", e);
            }
            String log = new String(ffmpeg.getInputStream().readAllBytes());
            if (!ffmpeg.waitFor(120, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0 || !Files.exists(clip)) {
                throw new AssertionError("ffmpeg failed for " + name + ": " + log);
            }
            byte[] bytes = Files.readAllBytes(clip);
            Files.delete(clip);
            Files.delete(dir);
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }
}
