package com.storefront.signage.node.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Cueing, resuming, looping and failing on a real libvlc with ffmpeg clips; no mocks. */
class VideoCueTest {
    @TempDir
    Path dir;

    @Test
    void a_cued_clip_holds_its_first_frame_paused_and_plays_on_when_resumed() throws Exception {
        Path clip = TestClips.testPattern(dir);
        CompletableFuture<FirstFrameEvent> first = new CompletableFuture<>();
        try (VideoDecoder decoder = VideoDecoder.open()) {
            decoder.addListener(new VideoListenerAdapter() {
                @Override
                public void firstFrame(FirstFrameEvent event) {
                    first.complete(event);
                }
            });
            assertTrue(decoder.cue(clip, 1));
            first.get(10, TimeUnit.SECONDS);
            await(() -> decoder.state() == DecoderState.CUED, "the decoder to pause on its first frame");
            assertTrue(decoder.hasFrame(), "the first frame is in memory before the switch");
            long framesWhileCued = decoder.stats().frames();
            Thread.sleep(600);
            assertEquals(framesWhileCued, decoder.stats().frames(), "no frames are delivered while cued");

            assertTrue(decoder.resume());

            assertEquals(DecoderState.PLAYING, decoder.state());
            await(() -> decoder.stats().resumeLatency() != null, "a new frame after resume");
            Duration resumed = decoder.stats().resumeLatency();
            System.out.printf("cued: first frame %d ms after cue; next frame %d ms after resume%n",
                    first.get().startLatency().toMillis(), resumed.toMillis());
            assertTrue(resumed.compareTo(Duration.ofSeconds(2)) < 0, "the video moves on soon after resume, took " + resumed);
            await(() -> decoder.stats().frames() > framesWhileCued + 10, "the clip to keep playing");
        }
    }

    @Test
    void a_clip_plays_as_many_passes_as_asked_before_it_ends() throws Exception {
        Path clip = TestClips.solid(dir, "blue", 1);
        CompletableFuture<MediaFinishedEvent> finished = new CompletableFuture<>();
        try (VideoDecoder decoder = VideoDecoder.open()) {
            decoder.addListener(new VideoListenerAdapter() {
                @Override
                public void finished(MediaFinishedEvent event) {
                    finished.complete(event);
                }
            });
            assertTrue(decoder.play(clip, 3));
            VideoStats stats = finished.get(20, TimeUnit.SECONDS).stats();
            System.out.printf("three passes of a 1 s clip: %d frames over %d ms%n", stats.frames(), stats.firstToLast().toMillis());
            assertTrue(stats.frames() >= 60, "about 75 frames for three passes of 25, got " + stats.frames());
            assertTrue(stats.firstToLast().toMillis() >= 2000, "three passes take about 3 s, took " + stats.firstToLast());
            assertEquals(DecoderState.ENDED, decoder.state());
            assertTrue(decoder.hasFrame(), "the last frame stays after the end");
        }
    }

    @Test
    void a_file_that_is_not_a_video_fails_naming_the_file_and_leaves_no_frame() throws Exception {
        Path junk = dir.resolve("junk.mp4");
        byte[] bytes = new byte[64 * 1024];
        new java.util.Random(7).nextBytes(bytes);
        Files.write(junk, bytes);
        CompletableFuture<VideoErrorEvent> error = new CompletableFuture<>();
        try (VideoDecoder decoder = VideoDecoder.open()) {
            decoder.addListener(new VideoListenerAdapter() {
                @Override
                public void error(VideoErrorEvent event) {
                    error.complete(event);
                }
            });
            decoder.cue(junk, 1);
            VideoErrorEvent event = error.get(10, TimeUnit.SECONDS);
            assertTrue(event.media().endsWith("junk.mp4"), event.media());
            assertNotNull(event.reason());
            assertEquals(DecoderState.FAILED, decoder.state());
            assertTrue(decoder.failure().contains("junk.mp4"), decoder.failure());
            assertFalse(decoder.hasFrame());
            assertFalse(decoder.resume(), "a failed cue cannot be resumed");
        }
    }

    @Test
    void the_next_media_on_a_decoder_never_passes_off_the_previous_ones_frame() throws Exception {
        Path red = TestClips.solid(dir, "red", 2);
        Path blue = TestClips.solid(dir, "blue", 2);
        try (VideoDecoder decoder = VideoDecoder.open()) {
            decoder.play(red);
            await(decoder::hasFrame, "a red frame");
            assertClose(Color.RED, centre(decoder.snapshot()));
            decoder.stop();
            assertTrue(decoder.hasFrame(), "the last frame stays drawable after a stop");

            decoder.cue(blue, 1);
            assertFalse(decoder.hasFrame(), "nothing to draw until the new media's first frame");
            await(decoder::hasFrame, "a blue frame");
            assertClose(Color.BLUE, centre(decoder.snapshot()));
        }
    }

    static Color centre(BufferedImage frame) {
        return new Color(frame.getRGB(frame.getWidth() / 2, frame.getHeight() / 2));
    }

    static void assertClose(Color expected, Color actual) {
        int d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 40, "expected about " + expected + ", decoded " + actual);
    }

    static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 10 s waiting for " + what);
            }
            Thread.sleep(10);
        }
    }
}
