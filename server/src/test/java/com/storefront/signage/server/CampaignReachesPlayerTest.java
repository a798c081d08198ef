package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.Player;
import com.storefront.signage.node.PlayerConfig;
import com.storefront.signage.node.play.PngDirectoryOutput;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The foundation's promise end to end: a campaign made through the API appears in a real player's frame. */
class CampaignReachesPlayerTest {
    private static final int MAGENTA = 0xFF00FF;
    private static final int ACCENT = 0xD62828;

    @TempDir
    Path dir;

    @Test
    void pairedPlayerShowsTheCampaignMadeThroughTheApi() throws Exception {
        Api admin = TestServer.admin();
        JsonNode store = Fixtures.store(admin, "America/New_York", List.of("en"), "en-US", "USD");
        String storeId = store.get("id").asText();
        String image = Fixtures.upload(admin, Fixtures.png(400, 400, new Color(MAGENTA)));
        JsonNode slide = Fixtures.slide(admin, "promotion", Map.of(
                "headline", Map.of("en", "Fresh orange juice"), "nowPrice", "3.49", "wasPrice", "4.99",
                "percentOff", "30", "image", image));
        JsonNode playlist = Fixtures.playlist(admin, slide.get("id").asText(), 10_000);
        LocalDate today = LocalDate.now();
        JsonNode campaign = Fixtures.approvedCampaign(admin, Map.of("name", Fixtures.unique("Juice week"),
                "playlistId", playlist.get("id").asText(), "startDate", today.minusDays(1).toString(),
                "endDate", today.plusDays(1).toString(), "priority", 10,
                "targets", Map.of("storeIds", List.of(storeId))));

        Path out = dir.resolve("out");
        PlayerConfig config = new PlayerConfig(URI.create(TestServer.baseUrl()), dir.resolve("data"), out,
                DisplayClass.HD_LANDSCAPE, Duration.ofSeconds(1));
        try (Player player = new Player(config, SlideRenderer.fromClassPath(), new PngDirectoryOutput(out))) {
            player.start();
            String code = waitFor(player::pairingCode, Duration.ofSeconds(30), "a pairing code on screen");
            JsonNode pairingFrame = waitFor(() -> currentInfo(out).filter(i -> "pairing".equals(i.get("kind").asText())),
                    Duration.ofSeconds(30), "the pairing frame");
            assertEquals("hd-landscape", pairingFrame.get("displayClass").asText());
            assertEquals(0, count(ImageIO.read(out.resolve("current.png").toFile()), MAGENTA, 0, 0, 1920, 1080),
                    "nothing of the campaign is shown before pairing");

            admin.post("/api/v1/pairing/claim", Map.of("code", code, "storeId", storeId, "name", "Entrance screen",
                    "zone", "entrance", "displayClass", "hd-landscape")).expect(201);

            String campaignId = campaign.get("id").asText();
            waitFor(() -> currentInfo(out).filter(i -> campaignId.equals(i.path("campaignId").asText())),
                    Duration.ofSeconds(30), "the campaign's frame");
            BufferedImage frame = ImageIO.read(out.resolve("current.png").toFile());

            assertEquals(1920, frame.getWidth());
            assertEquals(1080, frame.getHeight());
            // the product image fills the left half (cover) in a left-to-right language
            assertTrue(count(frame, MAGENTA, 0, 0, 960, 1080) > 960 * 1080 * 0.95, "product image shown");
            // the now-price is drawn in the accent colour on the right half
            assertTrue(count(frame, ACCENT, 960, 700, 960, 300) > 2000, "now-price shown in the accent colour");

            byte[] preview = admin.get("/api/v1/slides/" + slide.get("id").asText()
                    + "/preview?displayClass=hd-landscape&language=en&locale=en-US&currency=USD").expect(200).body();
            assertSamePixels(ImageIO.read(new ByteArrayInputStream(preview)), frame);
        }
    }

    private static Optional<JsonNode> currentInfo(Path out) {
        try {
            Path info = out.resolve("current.json");
            return Files.exists(info) ? Optional.of(ProtocolJson.mapper().readTree(Files.readAllBytes(info))) : Optional.empty();
        } catch (Exception e) {
            return Optional.empty();
        }
    }

    static <T> T waitFor(Supplier<Optional<T>> probe, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            Optional<T> value = probe.get();
            if (value.isPresent()) {
                return value.get();
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out waiting for " + what);
    }

    static int count(BufferedImage image, int rgb, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if ((image.getRGB(x, y) & 0xFFFFFF) == rgb) {
                    n++;
                }
            }
        }
        return n;
    }

    static void assertSamePixels(BufferedImage expected, BufferedImage actual) {
        assertEquals(expected.getWidth(), actual.getWidth());
        assertEquals(expected.getHeight(), actual.getHeight());
        int differing = 0;
        for (int y = 0; y < expected.getHeight(); y++) {
            for (int x = 0; x < expected.getWidth(); x++) {
                if ((expected.getRGB(x, y) & 0xFFFFFF) != (actual.getRGB(x, y) & 0xFFFFFF)) {
                    differing++;
                }
            }
        }
        assertEquals(0, differing, "pixels differing between server preview and player frame");
    }
}
