package com.storefront.signage.node.video;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Decodes a real clip through the machine's libvlc; no mocks. Fails (not skips) when libvlc is missing. */
class VideoDecoderTest {
    @TempDir
    Path dir;

    @Test
    void decodes_a_clip_in_real_time_and_reports_its_end() throws Exception {
        Path clip = TestClips.testPattern(dir);
        CompletableFuture<FirstFrameEvent> first = new CompletableFuture<>();
        CompletableFuture<MediaFinishedEvent> finished = new CompletableFuture<>();
        CompletableFuture<String> listenerThread = new CompletableFuture<>();
        try (VideoDecoder decoder = VideoDecoder.open()) {
            decoder.addListener(new VideoListenerAdapter() {
                @Override
                public void firstFrame(FirstFrameEvent event) {
                    listenerThread.complete(Thread.currentThread().getName());
                    first.complete(event);
                }

                @Override
                public void finished(MediaFinishedEvent event) {
                    finished.complete(event);
                }
            });
            assertTrue(decoder.play(clip), "libvlc refused " + clip);
            FirstFrameEvent firstFrame = first.get(5, TimeUnit.SECONDS);
            VideoStats stats = finished.get(10, TimeUnit.SECONDS).stats();
            BufferedImage frame = decoder.snapshot();
            System.out.printf("video: start latency %d ms, %d frames, first to last %d ms%n",
                    firstFrame.startLatency().toMillis(), stats.frames(), stats.firstToLast().toMillis());

            assertEquals("video-events", listenerThread.get(), "listeners run on the decoder's event thread");
            assertEquals(320, firstFrame.width());
            assertEquals(240, firstFrame.height());
            assertTrue(firstFrame.startLatency().compareTo(Duration.ofSeconds(2)) < 0,
                    "first frame within 2 s of play, was " + firstFrame.startLatency());
            assertTrue(stats.frames() >= 30, "about 50 frames expected, got " + stats.frames());
            assertTrue(stats.finished());
            long spanMillis = stats.firstToLast().toMillis();
            assertTrue(spanMillis >= 1000 && spanMillis <= 3500, "frames paced in real time: first to last " + spanMillis + " ms");
            assertNotNull(frame);
            assertEquals(320, frame.getWidth());
            assertEquals(240, frame.getHeight());
            assertTrue(distinctColours(frame) > 4, "the test pattern has colour bars, not a blank frame");
        }
    }

    private static long distinctColours(BufferedImage frame) {
        return java.util.stream.IntStream.range(0, frame.getWidth())
                .map(x -> frame.getRGB(x, frame.getHeight() / 3)).distinct().count();
    }
}
