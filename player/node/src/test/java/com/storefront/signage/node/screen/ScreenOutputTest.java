package com.storefront.signage.node.screen;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.video.TestClips;
import java.awt.Color;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.Robot;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.awt.Graphics2D;
import java.time.ZoneOffset;
import java.time.Instant;
import java.time.Duration;
import java.time.ZoneId;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens the real window and screenshots it with {@link Robot}. Needs a display: ./test.sh runs Maven
 * under xvfb-run, and the node module runs these tests in a JVM without {@code java.awt.headless}.
 */
@Tag("screen")
class ScreenOutputTest {
    private static final Color RED = new Color(220, 0, 0);
    private static final Color BLUE = new Color(0, 0, 220);
    private static final ScreenLayout LAYOUT = new ScreenLayout(640, 360, 40, "Two for one on all teas",
            true, ZoneId.of("Europe/London"), Color.BLACK);

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
    void fades_from_one_item_to_the_next_and_then_shows_only_the_new_one() throws Exception {
        screen = new ScreenOutput(LAYOUT, Transition.fade(Duration.ofMillis(1500)), Clock.systemUTC());
        Robot robot = new Robot();
        screen.show(solid(RED), item("a"));
        Thread.sleep(500);
        assertClose(RED, centre(robot), "first item, cut in");

        long started = System.nanoTime();
        screen.show(solid(BLUE), item("b"));
        sleepUntil(started, 750);
        Color mid = centre(robot);
        assertTrue(mid.getRed() > 50 && mid.getRed() < 170 && mid.getBlue() > 50 && mid.getBlue() < 170,
                "halfway through the fade red and blue are blended, was " + mid);

        sleepUntil(started, 2200);
        assertClose(BLUE, centre(robot), "after the fade");
    }

    @Test
    void a_new_frame_of_the_same_item_cuts() throws Exception {
        screen = new ScreenOutput(LAYOUT, Transition.fade(Duration.ofMillis(3000)), Clock.systemUTC());
        Robot robot = new Robot();
        screen.show(solid(RED), item("a"));
        Thread.sleep(400);
        screen.show(solid(BLUE), item("a"));
        Thread.sleep(400);
        assertClose(BLUE, centre(robot), "same item re-rendered");
    }

    @Test
    void clock_and_ticker_zones_are_drawn() throws Exception {
        screen = new ScreenOutput(LAYOUT, Transition.CUT, Clock.systemUTC());
        screen.show(solid(RED), item("a"));
        Thread.sleep(500);
        Robot robot = new Robot();
        assertTrue(litPixels(robot, LAYOUT.clockZone()) > 20, "the clock shows HH:mm");
        assertTrue(litPixels(robot, LAYOUT.ticker()) > 20, "the ticker shows its text");
    }

    @Test
    void the_clock_shows_the_stores_time_not_the_players_zone() throws Exception {
        Instant noonUtc = Instant.parse("2026-11-23T12:00:00Z");
        screen = new ScreenOutput(LAYOUT, Transition.CUT, Clock.fixed(noonUtc, ZoneOffset.UTC));
        screen.storeZone(ZoneId.of("Asia/Dubai")); // as the player does from the manifest: 16:00 there, 12:00 in London
        screen.show(solid(RED), item("a"));
        Thread.sleep(600);

        BufferedImage shot = clockShot(new Robot());

        assertEquals(ZoneId.of("Asia/Dubai"), screen.clockZone());
        double dubai = difference(shot, paintedClock(noonUtc, ZoneId.of("Asia/Dubai")));
        double london = difference(shot, paintedClock(noonUtc, ZoneId.of("Europe/London")));
        assertTrue(dubai < london / 4, "the clock strip matches 16:00 (Dubai), not 12:00 (London): " + dubai + " vs " + london);
    }

    private BufferedImage clockShot(Robot robot) {
        Rectangle b = screen.bounds();
        Rectangle zone = LAYOUT.clockZone();
        return robot.createScreenCapture(new Rectangle(b.x + zone.x, b.y + zone.y, zone.width, zone.height));
    }

    /** The clock strip as StripPainter draws it off screen for that zone. */
    private static BufferedImage paintedClock(Instant now, ZoneId zone) {
        BufferedImage full = new BufferedImage(LAYOUT.width(), LAYOUT.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = full.createGraphics();
        g.setColor(LAYOUT.background());
        g.fillRect(0, 0, LAYOUT.width(), LAYOUT.height());
        new StripPainter(LAYOUT).paintClock(g, now, zone);
        g.dispose();
        Rectangle c = LAYOUT.clockZone();
        return full.getSubimage(c.x, c.y, c.width, c.height);
    }

    /** Mean absolute difference per channel. */
    private static double difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift <= 16; shift += 8) {
                    sum += Math.abs((p >> shift & 0xFF) - (q >> shift & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }

    @Test
    void the_window_is_double_buffered() throws Exception {
        screen = new ScreenOutput(LAYOUT, Transition.CUT, Clock.systemUTC());
        assertEquals(2, ScreenOutput.BUFFERS);
        assertNotNull(screen.bufferStrategy(), "a BufferStrategy was created");
        assertTrue(screen.canvas().getIgnoreRepaint(), "only the render thread paints");
        assertEquals(new Rectangle(0, 0, 640, 360).getSize(), screen.bounds().getSize());
    }

    @Test
    void plays_a_video_in_the_main_zone(@TempDir Path dir) throws Exception {
        Path clip = TestClips.testPattern(dir);
        screen = new ScreenOutput(LAYOUT, Transition.CUT, Clock.systemUTC());
        screen.show(solid(RED), item("a"));
        screen.playVideo(clip);
        // a cold libvlc start takes from a few hundred ms to seconds on a busy machine: look until it shows or 10 s pass
        Rectangle b = screen.bounds();
        Robot robot = new Robot();
        long colours = 0;
        for (long deadline = System.nanoTime() + 10_000_000_000L; colours <= 4 && System.nanoTime() < deadline; ) {
            Thread.sleep(200);
            BufferedImage shot = robot.createScreenCapture(new Rectangle(b.x, b.y, b.width, LAYOUT.main().height));
            colours = IntStream.range(0, shot.getWidth()).map(x -> shot.getRGB(x, shot.getHeight() / 3)).distinct().count();
        }
        assertTrue(colours > 4, "the test pattern's colour bars are on screen, saw " + colours + " colours");
    }

    private static FrameInfo item(String id) {
        return new FrameInfo(FrameInfo.ITEM, id, "slide-" + id, "c", "1", "hd-landscape", "2026-11-23T10:00:00Z");
    }

    private static BufferedImage solid(Color colour) {
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 1920, 1080);
        g.dispose();
        return image;
    }

    private Color centre(Robot robot) {
        Rectangle b = screen.bounds();
        Rectangle main = LAYOUT.main();
        BufferedImage shot = robot.createScreenCapture(b);
        return new Color(shot.getRGB(main.width / 2, main.height / 2));
    }

    private long litPixels(Robot robot, Rectangle zone) {
        Rectangle b = screen.bounds();
        BufferedImage shot = robot.createScreenCapture(new Rectangle(b.x + zone.x, b.y + zone.y, zone.width, zone.height));
        return IntStream.range(0, shot.getWidth() * shot.getHeight())
                .filter(i -> (shot.getRGB(i % shot.getWidth(), i / shot.getWidth()) & 0xffffff) != 0).count();
    }

    private static void assertClose(Color expected, Color actual, String when) {
        int d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 30, when + ": expected " + expected + " but the screen shows " + actual);
    }

    private static void sleepUntil(long startedNanos, long millis) throws InterruptedException {
        long wait = millis - (System.nanoTime() - startedNanos) / 1_000_000;
        if (wait > 0) {
            Thread.sleep(wait);
        }
    }
}
