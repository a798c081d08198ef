package com.storefront.signage.node.video;

import static com.storefront.signage.node.video.VideoCueTest.assertClose;
import static com.storefront.signage.node.video.VideoCueTest.await;
import static com.storefront.signage.node.video.VideoCueTest.centre;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two decoders on one libvlc instance: the next clip waits on its first frame while the current one plays. */
class VideoDeckTest {
    @TempDir
    Path dir;

    @Test
    void a_cued_clip_is_on_air_with_its_first_frame_the_moment_it_starts() throws Exception {
        Path red = TestClips.solid(dir, "red", 2);
        Path pattern = TestClips.testPattern(dir);
        try (VideoDeck deck = new VideoDeck()) {
            assertEquals(Optional.empty(), deck.start(red, 1));
            VideoDecoder first = deck.onAir();
            await(first::hasFrame, "the red clip on air");

            deck.cue(pattern, 1);
            await(deck::cueReady, "the next clip paused on its first frame, before the switch");

            assertEquals(Optional.empty(), deck.start(pattern, 1));

            VideoDecoder second = deck.onAir();
            assertNotSame(first, second, "the decoders take turns");
            assertTrue(second.hasFrame(), "the first frame is drawable at the switch, without waiting for libvlc");
            await(() -> second.stats().resumeLatency() != null, "the video to move on");
            Duration moving = second.stats().resumeLatency();
            assertTrue(moving.compareTo(Duration.ofSeconds(2)) < 0, "moving within a generous bound, took " + moving);
            await(() -> first.state() == DecoderState.IDLE, "the previous clip to stop");
            assertClose(Color.RED, centre(first.snapshot()));
        }
    }

    @Test
    void a_cued_clip_that_cannot_play_is_refused_at_the_switch_and_the_clip_on_air_plays_on() throws Exception {
        Path red = TestClips.solid(dir, "red", 3);
        Path junk = dir.resolve("junk.mp4");
        Files.write(junk, new byte[40_000]);
        try (VideoDeck deck = new VideoDeck()) {
            deck.start(red, 1);
            VideoDecoder playing = deck.onAir();
            deck.cue(junk, 1);
            Thread.sleep(1500);

            Optional<String> problem = deck.start(junk, 1);

            assertTrue(problem.isPresent() && problem.get().contains("junk.mp4"), "the reason names the file: " + problem);
            assertSame(playing, deck.onAir(), "nothing changed");
            assertEquals(DecoderState.PLAYING, playing.state());
        }
    }

    @Test
    void a_clip_that_was_not_cued_starts_cold() throws Exception {
        Path blue = TestClips.solid(dir, "blue", 1);
        try (VideoDeck deck = new VideoDeck()) {
            deck.cue(TestClips.testPattern(dir), 1);

            assertEquals(Optional.empty(), deck.start(blue, 1));

            await(() -> deck.onAir().hasFrame(), "the cold clip's first frame");
            assertClose(Color.BLUE, centre(deck.onAir().snapshot()));
        }
    }
}
