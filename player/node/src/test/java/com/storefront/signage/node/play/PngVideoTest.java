package com.storefront.signage.node.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.video.TestClips;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The headless output decodes a video item through libvlc (no window) and writes its frames as PNG. */
class PngVideoTest {
    private static final String SHA = "5".repeat(64);
    private static final FrameInfo VIDEO = new FrameInfo(FrameInfo.VIDEO, "campaign-1/playlist-1/video-1", null, "campaign-1",
            "v1", "hd-landscape", "2026-03-01T08:00:00Z", SHA);
    private static final FrameInfo SLIDE = new FrameInfo(FrameInfo.ITEM, "campaign-1/playlist-1/slide-2", "slide-2",
            "campaign-1", "v1", "hd-landscape", "2026-03-01T08:00:03Z");

    @TempDir
    Path dir;
    @TempDir
    Path clips;
    private PngDirectoryOutput output;

    @BeforeEach
    void open() throws IOException {
        output = new PngDirectoryOutput(dir);
    }

    @AfterEach
    void close() {
        output.close();
    }

    @Test
    void a_video_item_is_written_as_its_decoded_frames_then_the_next_slide_replaces_it() throws Exception {
        VideoClip clip = clip(TestClips.solid(clips, "0x00C000", 2), 3000);
        output.show(solid(Color.RED), SLIDE);

        assertEquals(Optional.empty(), output.video().play(clip, VIDEO));

        await(() -> "video".equals(kind()), "current.json to describe the video");
        assertEquals(VIDEO, ProtocolJson.read(Files.readAllBytes(dir.resolve("current.json")), FrameInfo.class));
        assertClose(new Color(0, 0xC0, 0), centre(dir.resolve("current.png")));
        BufferedImage written = ImageIO.read(dir.resolve("current.png").toFile());
        assertEquals(1920, written.getWidth(), "letterboxed to the display class's size");
        assertEquals(1080, written.getHeight());
        assertTrue(Files.exists(dir.resolve("items").resolve(PngDirectoryOutput.fileName(VIDEO.itemId()) + ".png")));

        output.show(solid(Color.BLUE), SLIDE);
        Thread.sleep(1500);
        assertEquals("item", kind(), "no video frame is written after the next slide");
        assertClose(Color.BLUE, centre(dir.resolve("current.png")));
    }

    @Test
    void a_cued_video_is_written_from_its_first_frame() throws Exception {
        VideoClip clip = clip(TestClips.solid(clips, "0x00C000", 2), 2000);
        output.video().cue(clip);
        Thread.sleep(1500);

        assertEquals(Optional.empty(), output.video().play(clip, VIDEO));

        await(() -> "video".equals(kind()), "the cued video's frame");
        assertClose(new Color(0, 0xC0, 0), centre(dir.resolve("current.png")));
    }

    @Test
    void a_video_that_cannot_be_decoded_leaves_the_previous_frame_and_says_why() throws Exception {
        Path junk = clips.resolve("junk.mp4");
        Files.write(junk, new byte[50_000]);
        CopyOnWriteArrayList<String> failures = new CopyOnWriteArrayList<>();
        output.video().onFailure(failures::add);
        output.show(solid(Color.RED), SLIDE);

        output.video().play(clip(junk, 2000), VIDEO);

        await(() -> !failures.isEmpty(), "the failure to be reported");
        assertTrue(failures.get(0).contains("junk.mp4"), failures.get(0));
        Thread.sleep(300);
        assertEquals("item", kind());
        assertClose(Color.RED, centre(dir.resolve("current.png")));
    }

    private static VideoClip clip(Path file, long slotMillis) {
        return new VideoClip(SHA, file, Duration.ofSeconds(2), Duration.ofMillis(slotMillis));
    }

    private String kind() {
        try {
            Path json = dir.resolve("current.json");
            return Files.exists(json) ? ProtocolJson.read(Files.readAllBytes(json), FrameInfo.class).kind() : null;
        } catch (IOException e) {
            return null;
        }
    }

    private static BufferedImage solid(Color colour) {
        BufferedImage image = new BufferedImage(64, 36, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, 64, 36);
        g.dispose();
        return image;
    }

    private static Color centre(Path png) throws IOException {
        BufferedImage image = ImageIO.read(png.toFile());
        return new Color(image.getRGB(image.getWidth() / 2, image.getHeight() / 2));
    }

    private static void assertClose(Color expected, Color actual) {
        int d = Math.abs(expected.getRed() - actual.getRed()) + Math.abs(expected.getGreen() - actual.getGreen())
                + Math.abs(expected.getBlue() - actual.getBlue());
        assertTrue(d < 40, "expected about " + expected + " but the frame shows " + actual);
    }

    private static void await(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after 10 s waiting for " + what);
            }
            Thread.sleep(20);
        }
    }
}
