package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.manifest;
import static com.storefront.signage.node.SampleManifests.promotion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.play.PngDirectoryOutput;
import com.storefront.signage.node.sync.DeviceState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A download that drops halfway resumes where it stopped, with a Range request, instead of starting over. */
class PlayerResumesDownloadTest {
    private static final String TOKEN = "device-token-resume";
    private static final SampleMedia IMAGE = SampleMedia.noisePng(42, 400, 400);

    @TempDir
    Path data;
    @TempDir
    Path out;
    private StandInCms cms;
    private Player player;

    @BeforeEach
    void pairedPlayerAndServer() throws IOException {
        cms = StandInCms.start(TOKEN);
        new DeviceState(data).saveToken(TOKEN);
        player = new Player(new PlayerConfig(cms.uri(), data, out, DisplayClass.HD_LANDSCAPE, Duration.ofSeconds(1)),
                SlideRenderer.fromClassPath(), new PngDirectoryOutput(out));
    }

    @AfterEach
    void stop() {
        player.close();
        cms.close();
    }

    @Test
    void aDownloadThatDropsHalfwayResumesFromWhereItStopped() {
        int cut = IMAGE.bytes().length * 2 / 3;
        cms.serveMedia(IMAGE.sha256(), IMAGE.bytes());
        cms.dropNextMediaAfter(cut);
        cms.publish(manifest("v1", promotion("slide-1", IMAGE.sha256())));

        player.start();

        Eventually.frame(out, f -> "v1".equals(f.manifestVersion()), "a frame of v1 after the resumed download");
        List<String> ranges = cms.mediaRanges();
        assertEquals("", ranges.get(0), "the first attempt asks for the whole file");
        assertTrue(ranges.size() >= 2 && ranges.get(1).startsWith("bytes="), "then it resumes: " + ranges);
        long resumedAt = Long.parseLong(ranges.get(1).substring("bytes=".length(), ranges.get(1).length() - 1));
        assertTrue(resumedAt > 0 && resumedAt <= cut, "resumed at " + resumedAt + " of the " + cut + " bytes that arrived");
        assertTrue(cms.mediaBytesSent() < IMAGE.bytes().length * 1.1,
                "about one file's worth of bytes crossed the link, not two: " + cms.mediaBytesSent() + " for " + IMAGE.bytes().length);
    }
}
