package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.manifest;
import static com.storefront.signage.node.SampleManifests.promotion;
import static com.storefront.signage.node.SampleManifests.welcome;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.BatteryReport;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.RenderError;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.cache.MediaCache;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.play.PngDirectoryOutput;
import com.storefront.signage.node.sync.DeviceState;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A paired player against a stand-in CMS: it switches manifests only once every file is verified. */
class PlayerSyncTest {
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final String TOKEN = "device-token-1";
    private static final SampleMedia IMAGE = SampleMedia.png(0xE76F51);

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
                RENDERER, new PngDirectoryOutput(out));
    }

    @AfterEach
    void stop() {
        player.close();
        cms.close();
    }

    @Test
    void downloadsVerifiesSavesAndPlaysTheServersManifest() throws IOException {
        Manifest published = manifest("v1", promotion("slide-1", IMAGE.sha256()));
        cms.publish(published);
        cms.serveMedia(IMAGE.sha256(), IMAGE.bytes());

        player.start();

        FrameInfo frame = Eventually.frame(out, f -> "v1".equals(f.manifestVersion()), "a frame of manifest v1");
        assertEquals("campaign-2/playlist-1/slide-1", frame.itemId());
        assertArrayEquals(IMAGE.bytes(), Files.readAllBytes(cache().path(IMAGE.sha256())));
        assertEquals(Optional.of(published), new DeviceState(data).manifest());
    }

    @Test
    void keepsPlayingThePreviousManifestWhileTheNewOnesMediaFailsVerification() throws IOException {
        cms.publish(manifest("v1", welcome("slide-1", "Good morning")));
        player.start();
        Eventually.frame(out, f -> "v1".equals(f.manifestVersion()), "a frame of manifest v1");

        cms.serveMedia(IMAGE.sha256(), IMAGE.corrupted());
        cms.publish(manifest("v2", promotion("slide-2", IMAGE.sha256())));
        Eventually.that(() -> cms.mediaRequests(IMAGE.sha256()) >= 3, "three attempts to download v2's image");

        assertEquals("v1", Eventually.currentFrame(out).orElseThrow().manifestVersion());
        assertEquals("v1", player.manifest().orElseThrow().version());
        assertEquals("v1", new DeviceState(data).manifest().orElseThrow().version());
        assertFalse(cache().has(IMAGE.sha256()));
    }

    @Test
    void switchesToTheNewManifestOnceItsMediaArrivesIntact() {
        cms.publish(manifest("v1", welcome("slide-1", "Good morning")));
        cms.serveMedia(IMAGE.sha256(), IMAGE.corrupted());
        player.start();
        Eventually.frame(out, f -> "v1".equals(f.manifestVersion()), "a frame of manifest v1");
        cms.publish(manifest("v2", promotion("slide-2", IMAGE.sha256())));
        Eventually.that(() -> cms.mediaRequests(IMAGE.sha256()) >= 1, "an attempt to download v2's image");

        cms.serveMedia(IMAGE.sha256(), IMAGE.bytes());

        Eventually.frame(out, f -> "v2".equals(f.manifestVersion()), "a frame of manifest v2");
    }

    @Test
    void fetchesAgainCachedMediaThatWasCorruptedOnDisk() throws IOException {
        cms.publish(manifest("v1", promotion("slide-1", IMAGE.sha256()), welcome("slide-2", "Good morning")));
        cms.serveMedia(IMAGE.sha256(), IMAGE.bytes());
        player.start();
        Eventually.frame(out, f -> "v1".equals(f.manifestVersion()), "a frame of manifest v1");
        Path cached = cache().path(IMAGE.sha256());

        Files.write(cached, IMAGE.corrupted());

        Eventually.that(() -> cms.mediaRequests(IMAGE.sha256()) >= 2 && intact(cached),
                "the corrupted image to be downloaded again");
    }

    @Test
    void sendsAHeartbeatWithItsVersionAndTheBatteryItsOutputReports() throws IOException {
        BatteryReport battery = new BatteryReport(3600, 2400, 5400);
        player.close();
        PngDirectoryOutput png = new PngDirectoryOutput(out);
        player = new Player(new PlayerConfig(cms.uri(), data, out, DisplayClass.EINK_BWR_LABEL, Duration.ofSeconds(1)),
                RENDERER, new FrameOutput() {
                    @Override
                    public void show(java.awt.image.BufferedImage frame, FrameInfo info) throws IOException {
                        png.show(frame, info);
                    }

                    @Override
                    public Optional<BatteryReport> battery() {
                        return Optional.of(battery);
                    }
                });
        cms.publish(manifest("v1", welcome("slide-1", "Good morning")));

        player.start();

        Eventually.that(() -> !cms.heartbeats().isEmpty(), "a heartbeat");
        Heartbeat first = cms.heartbeats().get(0);
        assertEquals(Player.VERSION, first.playerVersion());
        assertEquals(battery, first.battery());
    }

    @Test
    void reportsASlideItCannotShowWithTheNextSyncAndKeepsThePreviousFrame() throws IOException {
        PlayItem broken = new PlayItem("campaign-3/playlist-1/slide-9", "campaign-3", "playlist-1", "slide-9", 1000,
                new SlideSpec("no-such-template", "en", Map.of(), List.of()));
        PlayItem good = welcome("slide-1", "Good morning");
        cms.publish(manifest("v1", good, broken));

        player.start();

        Eventually.that(() -> reported(broken.id()).isPresent(), "the broken item in a heartbeat");
        Heartbeat heartbeat = cms.heartbeats().stream()
                .filter(h -> h.renderErrors().stream().anyMatch(e -> e.itemId().equals(broken.id()))).findFirst().orElseThrow();
        RenderError error = reported(broken.id()).orElseThrow();
        assertEquals("slide-9", error.slideId());
        assertEquals("no-such-template", error.templateId());
        assertTrue(error.message().contains("unknown template 'no-such-template'"), error.message());
        // the screen never showed the broken item: the welcome slide stayed on, and it is what heartbeats name
        Eventually.that(() -> cms.heartbeats().stream().anyMatch(h -> good.id().equals(h.currentItemId())),
                "a heartbeat naming the welcome slide as the item on screen");
        assertTrue(cms.heartbeats().stream().noneMatch(h -> broken.id().equals(h.currentItemId())), "the broken item was never on screen");
        assertEquals(good.id(), Eventually.currentFrame(out).orElseThrow().itemId());
        assertTrue(heartbeat.freeDiskBytes() != null && heartbeat.freeDiskBytes() > 0, "free disk reported");
        assertTrue(heartbeat.lastSyncAt() != null, "last sync reported");
        assertEquals(60, heartbeat.heartbeatSeconds());
    }

    private Optional<RenderError> reported(String itemId) {
        return cms.heartbeats().stream().flatMap(h -> h.renderErrors().stream()).filter(e -> e.itemId().equals(itemId)).findFirst();
    }

    private MediaCache cache() throws IOException {
        return new MediaCache(data.resolve("media"));
    }

    private static boolean intact(Path file) {
        try {
            return Arrays.equals(IMAGE.bytes(), Files.readAllBytes(file));
        } catch (IOException e) {
            return false;
        }
    }
}
