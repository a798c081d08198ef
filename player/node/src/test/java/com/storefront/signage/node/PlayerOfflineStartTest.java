package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.manifest;
import static com.storefront.signage.node.SampleManifests.promotion;
import static com.storefront.signage.node.SampleManifests.welcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.cache.MediaCache;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.PngDirectoryOutput;
import com.storefront.signage.node.sync.DeviceState;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A player restarted without network plays what it last verified. */
class PlayerOfflineStartTest {
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final SampleMedia IMAGE = SampleMedia.png(0x2A9D8F);

    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void savedManifestPlaysAtOnceWhileTheServerIsUnreachable() throws IOException {
        new MediaCache(data.resolve("media")).store(IMAGE.sha256(), new ByteArrayInputStream(IMAGE.bytes()));
        Manifest saved = manifest("v-saved", promotion("slide-1", IMAGE.sha256()), welcome("slide-2", "Hello"));
        DeviceState state = new DeviceState(data);
        state.saveToken("device-token-1");
        state.saveManifest(saved);

        try (Player player = new Player(config(unreachableServer()), RENDERER, new PngDirectoryOutput(out))) {
            player.start();

            FrameInfo frame = Eventually.frame(out, f -> FrameInfo.ITEM.equals(f.kind()), "an item frame");
            assertEquals("v-saved", frame.manifestVersion());
            assertEquals(Optional.of(saved), player.manifest());
            Eventually.that(() -> Files.isRegularFile(out.resolve("items/campaign-2_playlist-1_slide-1.png"))
                            && Files.isRegularFile(out.resolve("items/campaign-1_playlist-1_slide-2.png")),
                    "a frame for each saved item");
        }
    }

    @Test
    void savedManifestWhoseMediaIsNotCachedIsNotPlayed() throws IOException {
        DeviceState state = new DeviceState(data);
        state.saveToken("device-token-1");
        state.saveManifest(manifest("v-saved", promotion("slide-1", IMAGE.sha256())));

        try (Player player = new Player(config(unreachableServer()), RENDERER, new PngDirectoryOutput(out))) {
            assertTrue(player.manifest().isEmpty(), "played a manifest whose image was never verified");
        }
    }

    private PlayerConfig config(URI server) {
        return new PlayerConfig(server, data, out, DisplayClass.HD_LANDSCAPE, Duration.ofSeconds(1));
    }

    /** A local port that was just free and is now closed: connections are refused. */
    private static URI unreachableServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            return URI.create("http://127.0.0.1:" + socket.getLocalPort());
        }
    }
}
