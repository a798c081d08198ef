package com.storefront.signage.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.Player;
import com.storefront.signage.node.PlayerConfig;
import com.storefront.signage.node.play.PngDirectoryOutput;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

/** A real player on a server, paired through the real flow by an admin, writing its frames as PNG. */
final class PairedPlayer implements AutoCloseable {
    final Player player;
    final Path out;
    final String displayId;

    private PairedPlayer(Player player, Path out, String displayId) {
        this.player = player;
        this.out = out;
        this.displayId = displayId;
    }

    static PairedPlayer start(String serverUrl, Path dir, Duration pollInterval, Api admin, String storeId) throws Exception {
        Path out = dir.resolve("out");
        PlayerConfig config = new PlayerConfig(URI.create(serverUrl), dir.resolve("data"), out, DisplayClass.HD_LANDSCAPE, pollInterval);
        Player player = new Player(config, SlideRenderer.fromClassPath(), new PngDirectoryOutput(out));
        try {
            player.start();
            String code = CampaignReachesPlayerTest.waitFor(player::pairingCode, Duration.ofSeconds(30), "a pairing code");
            String id = admin.post("/api/v1/pairing/claim", Map.of("code", code, "storeId", storeId, "name", Fixtures.unique("Screen"),
                    "zone", "entrance", "displayClass", "hd-landscape")).expect(201).json().get("id").asText();
            return new PairedPlayer(player, out, id);
        } catch (Exception | AssertionError e) {
            player.close();
            throw e;
        }
    }

    /** The slide on screen now, if an item is shown. */
    Optional<String> slideShown() {
        return frame().filter(f -> "item".equals(f.path("kind").asText())).map(f -> f.path("slideId").asText());
    }

    Optional<JsonNode> frame() {
        try {
            Path info = out.resolve("current.json");
            return Files.exists(info) ? Optional.of(ProtocolJson.mapper().readTree(Files.readAllBytes(info))) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    /** Waits until the player shows {@code slideId}; returns how long that took. */
    Duration awaitSlide(String slideId, Duration timeout) throws InterruptedException {
        long start = System.nanoTime();
        CampaignReachesPlayerTest.waitFor(() -> slideShown().filter(slideId::equals), timeout, "slide " + slideId + " on screen");
        return Duration.ofNanos(System.nanoTime() - start);
    }

    @Override
    public void close() {
        player.close();
    }
}
