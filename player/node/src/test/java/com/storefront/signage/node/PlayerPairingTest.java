package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.manifest;
import static com.storefront.signage.node.SampleManifests.welcome;
import static org.junit.jupiter.api.Assertions.assertEquals;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.PairingRequest;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.PngDirectoryOutput;
import com.storefront.signage.node.sync.DeviceState;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlayerPairingTest {
    private static final String TOKEN = "device-token-1";

    @TempDir
    Path data;
    @TempDir
    Path out;

    @Test
    void refusedTokenIsForgottenAndAPairingCodeIsShown() throws IOException {
        new DeviceState(data).saveToken(TOKEN);
        try (StandInCms cms = StandInCms.start(TOKEN);
             Player player = new Player(new PlayerConfig(cms.uri(), data, out, DisplayClass.HD_PORTRAIT, Duration.ofSeconds(1)),
                     SlideRenderer.fromClassPath(), new PngDirectoryOutput(out))) {
            cms.publish(manifest("v1", welcome("slide-1", "Good morning")));
            player.start();
            Eventually.frame(out, f -> FrameInfo.ITEM.equals(f.kind()), "an item frame of manifest v1");

            cms.revokeToken();

            FrameInfo frame = Eventually.frame(out, f -> FrameInfo.PAIRING.equals(f.kind()), "the pairing frame");
            assertEquals("hd-portrait", frame.displayClass());
            assertEquals(Optional.empty(), new DeviceState(data).token());
            assertEquals(Optional.of(StandInCms.TICKET_CODE), player.pairingCode());
            assertEquals(List.of(new PairingRequest(DisplayClass.HD_PORTRAIT, Player.VERSION)), cms.pairingRequests());
        }
    }
}
