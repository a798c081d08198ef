package com.storefront.signage.node.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.VideoClip;
import com.storefront.signage.node.video.TestClips;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Video items in the real window, screenshot with {@link Robot}; clips from ffmpeg, decoded by the machine's libvlc. */
@Tag("screen")
class ScreenVideoTest {
    private static final Color RED = new Color(220, 0, 0);
    private static final Color BLUE = new Color(0, 0, 220);
    private static final Color CLIP_GREEN = new Color(0, 0xC0, 0);
    private static final ScreenLayout LAYOUT = new ScreenLayout(640, 360, 40, "Fresh bread daily",
            true, ZoneId.of("Europe/London"), Color.BLACK);
    private static final String SHA = "7".repeat(64);

    @TempDir
    Path dir;
    private ScreenOutput screen;

    @BeforeAll
    static void needs_a_display() {
        assertTrue(!GraphicsEnvironment.isHeadless(), "no display: run ./test.sh (it starts Xvfb through xvfb-run) "
                + "or set DISPLAY; window tests are not skipped");
    }

    @AfterEach
    void closeWindow() {
        if (screen != null) {
            screen.close();
        }
    }

    @Test
    void a_cued_video_item_shows_its_clip_letterboxed_in_the_main_zone() throws Exception {
        screen = new ScreenOutput(LAYOUT, Transition.fade(Duration.ofMillis(300)), Clock.systemUTC());
        screen.show(solid(RED), slide("a"));
        VideoClip clip = clip(TestClips.solid(dir, "0x00C000", 2));
        screen.video().cue(clip);
        Thread.sleep(1500);

        long switched = System.nanoTime();
        assertEquals(Optional.empty(), screen.video().play(clip, video("v")));

        await(() -> screen.videoOnScreenSince().isPresent(), "the video's first frame on screen");
        System.out.printf("screen: cued video on screen %.1f ms after the switch%n",
                (screen.videoOnScreenSince().getAsLong() - switched) / 1e6);
        Thread.sleep(600);
        BufferedImage shot = mainZone();
        assertClose(CLIP_GREEN, new Color(shot.getRGB(shot.getWidth() / 2, shot.getHeight() / 2)), "the clip's colour");
        // a 4:3 clip in a 2:1 zone: black bars left and right, not a stretched picture
        assertClose(Color.BLACK, new Color(shot.getRGB(20, shot.getHeight() / 2)), "the letterbox bar");
    }

    @Test
    void a_slide_after_a_video_fades_in_from_the_videos_last_frame() throws Exception {
        screen = new ScreenOutput(LAYOUT, Transition.fade(Duration.ofMillis(1500)), Clock.systemUTC());
        screen.show(solid(RED), slide("a"));
        screen.video().play(clip(TestClips.solid(dir, "0x00C000", 3)), video("v"));
        await(() -> screen.videoOnScreenSince().isPresent(), "the video on screen");
        Thread.sleep(1800);
        assertClose(CLIP_GREEN, centre(), "the video, faded in");

        long started = System.nanoTime();
        screen.show(solid(BLUE), slide("b"));
        sleepUntil(started, 750);
        Color mid = centre();
        assertTrue(mid.getRed() < 60 && mid.getGreen() > 30 && mid.getBlue() > 50,
                "halfway, the clip's green and the new slide's blue are blended (no red of the slide before the video), was " + mid);
        sleepUntil(started, 2200);
        assertClose(BLUE, centre(), "after the fade");
    }

    @Test
    void a_video_that_cannot_be_decoded_leaves_the_slide_on_screen_and_is_reported() throws Exception {
        Path junk = dir.resolve("junk.mp4");
        Files.write(junk, new byte[40_000]);
        List<String> failures = new CopyOnWriteArrayList<>();
        screen = new ScreenOutput(LAYOUT, Transition.CUT, Clock.systemUTC());
        screen.video().onFailure(failures::add);
        screen.show(solid(RED), slide("a"));

        screen.video().play(clip(junk), video("v"));

        await(() -> !failures.isEmpty(), "the failure to be reported");
        assertTrue(failures.get(0).contains("junk.mp4"), failures.get(0));
        Thread.sleep(300);
        assertClose(RED, centre(), "the slide stays");
    }

    private static VideoClip clip(Path file) {
        return new VideoClip(SHA, file, Duration.ofSeconds(2), Duration.ofSeconds(4));
    }

    private static FrameInfo slide(String id) {
        return new FrameInfo(FrameInfo.ITEM, id, "slide-" + id, "c", "1", "hd-landscape", "2026-11-23T10:00:00Z");
    }

    private static FrameInfo video(String id) {
        return new FrameInfo(FrameInfo.VIDEO, id, null, "c", "1", "hd-landscape", "2026-11-23T10:00:00Z", SHA);
    }

    private static BufferedImage solid(Color colour) {
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 1920, 1080);
        g.dispose();
        return image;
    }

    private BufferedImage mainZone() throws Exception {
        Rectangle b = screen.bounds();
        Rectangle main = LAYOUT.main();
        return new Robot().createScreenCapture(new Rectangle(b.x + main.x, b.y + main.y, main.width, main.height));
    }

    private Color centre() throws Exception {
        BufferedImage shot = mainZone();
        return new Color(shot.getRGB(shot.getWidth() / 2, shot.getHeight() / 2));
    }

    private static void assertClose(Color expected, Color actual, String what) {
        int d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 45, what + ": expected about " + expected + " but the screen shows " + actual);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 10 s waiting for " + what);
            }
            Thread.sleep(5);
        }
    }

    private static void sleepUntil(long startedNanos, long millis) throws InterruptedException {
        long wait = millis - (System.nanoTime() - startedNanos) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
