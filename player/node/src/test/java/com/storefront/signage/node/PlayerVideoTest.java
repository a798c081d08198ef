package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.manifest;
import static com.storefront.signage.node.SampleManifests.video;
import static com.storefront.signage.node.SampleManifests.welcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.cache.MediaCache;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.PngDirectoryOutput;
import com.storefront.signage.node.sync.DeviceState;
import com.storefront.signage.node.video.TestClips;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A headless HD player against a stand-in CMS, playing a loop of a video (a solid green ffmpeg clip,
 * decoded by the machine's libvlc) and a slide.
 */
class PlayerVideoTest {
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final String TOKEN = "device-token-1";
    private static final Color CLIP_GREEN = new Color(0, 0xC0, 0);

    @TempDir
    Path data;
    @TempDir
    Path out;
    @TempDir
    Path clips;
    private StandInCms cms;
    private PngDirectoryOutput output;
    private Player player;
    private byte[] clip;
    private String sha;
    private final List<String> problems = new CopyOnWriteArrayList<>();
    private final List<String> kindWhenProblem = new CopyOnWriteArrayList<>();

    @BeforeEach
    void pairedPlayerAndServer() throws Exception {
        clip = Files.readAllBytes(TestClips.solid(clips, "0x00C000", 2));
        sha = SampleMedia.sha256(clip);
        cms = StandInCms.start(TOKEN);
        cms.publish(manifest("v1", video("video-1", sha, 2000, 2000), welcome("slide-1", "Good morning")));
        new DeviceState(data).saveToken(TOKEN);
        output = new PngDirectoryOutput(out);
        player = new Player(new PlayerConfig(cms.uri(), data, out, DisplayClass.HD_LANDSCAPE, Duration.ofSeconds(1)),
                RENDERER, output);
        player.onPlaybackProblem(problem -> {
            kindWhenProblem.add(Eventually.currentFrame(out).map(FrameInfo::kind).orElse("none"));
            problems.add(problem);
        });
    }

    @AfterEach
    void stop() {
        player.close();
        output.close();
        cms.close();
    }

    @Test
    void plays_the_cached_video_in_its_slot_then_hands_over_to_the_slide() throws IOException {
        cms.serveMedia(sha, clip);

        player.start();

        FrameInfo frame = Eventually.frame(out, f -> FrameInfo.VIDEO.equals(f.kind()), "a frame of the video item");
        assertEquals(sha, frame.videoSha256());
        assertEquals("campaign-3/playlist-1/video-1", frame.itemId());
        assertEquals("v1", frame.manifestVersion());
        BufferedImage png = ImageIO.read(out.resolve("current.png").toFile());
        assertEquals(List.of(1920, 1080), List.of(png.getWidth(), png.getHeight()), "letterboxed to the HD frame");
        assertClose(CLIP_GREEN, new Color(png.getRGB(960, 540)));

        FrameInfo next = Eventually.frame(out, f -> FrameInfo.ITEM.equals(f.kind()), "the slide after the video");
        assertEquals("slide-1", next.slideId());
        assertEquals(List.of(), problems);
    }

    @Test
    void a_corrupt_cached_video_is_deleted_and_fetched_again_while_the_previous_frame_stays() throws IOException {
        cms.serveMedia(sha, clip);
        MediaCache cache = new MediaCache(data.resolve("media"));
        byte[] corrupt = clip.clone();
        corrupt[corrupt.length / 2] ^= 0x5A;
        Files.write(cache.path(sha), corrupt);

        player.start();

        Eventually.that(() -> !problems.isEmpty(), "the corrupt video to be reported");
        assertTrue(problems.get(0).contains(sha), problems.get(0));
        assertNotEquals(FrameInfo.VIDEO, kindWhenProblem.get(0), "the frame before the video stays on screen");
        Eventually.that(() -> cms.mediaRequests(sha) >= 1, "the video to be downloaded again");
        Eventually.that(() -> cms.heartbeats().stream().flatMap(h -> h.renderErrors().stream())
                .anyMatch(e -> "video".equals(e.templateId()) && e.message().contains(sha)), "the failure reported in a heartbeat");
        Eventually.frame(out, f -> FrameInfo.VIDEO.equals(f.kind()), "the video once its file is intact again");
        assertClose(CLIP_GREEN, centre(out.resolve("current.png")));
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
}
