package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.Player;
import com.storefront.signage.node.PlayerConfig;
import com.storefront.signage.node.command.Screenshot;
import com.storefront.signage.node.eink.EinkOutput;
import com.storefront.signage.node.eink.PanelDriver;
import com.storefront.signage.node.eink.SimulatedPanel;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.play.PngDirectoryOutput;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Remote commands from the API through the hint socket to a real player, and its answers back in the audit trail. */
class RemoteCommandsTest {
    @TempDir
    Path dir;
    private final List<Integer> exits = new CopyOnWriteArrayList<>();

    @Test
    void a_screenshot_request_uploads_the_frame_on_screen_downscaled_and_the_history_shows_who_asked() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        try (Running p = hd(admin, store, dir)) {
            awaitFrame(p.out);
            JsonNode command = admin.post(commands(p.displayId), Map.of("type", "screenshot")).expect(201).json();
            assertEquals(TestServer.ADMIN_EMAIL, command.get("requestedByEmail").asText());
            JsonNode done = awaitStatus(admin, p.displayId, command.get("id").asText(), "done");
            assertTrue(done.get("screenshot").asBoolean());

            byte[] png = admin.get(commands(p.displayId) + "/" + command.get("id").asText() + "/screenshot").expect(200).body();
            BufferedImage shot = ImageIO.read(new ByteArrayInputStream(png));
            BufferedImage expected = Screenshot.downscale(ImageIO.read(p.out.resolve("current.png").toFile()));
            assertEquals(640, shot.getWidth());
            assertEquals(360, shot.getHeight());
            assertEquals(0, differingPixels(expected, shot), "the screenshot is the frame on screen, downscaled");
        }
    }

    @Test
    void reload_fetches_the_manifest_again_and_shows_the_item_again() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        try (Running p = hd(admin, store, dir)) {
            Path current = awaitFrame(p.out);
            String shownAt = Files.readString(p.out.resolve("current.json"));
            String id = admin.post(commands(p.displayId), Map.of("type", "reload")).expect(201).json().get("id").asText();
            JsonNode done = awaitStatus(admin, p.displayId, id, "done");
            assertTrue(done.get("message").asText().startsWith("fetched manifest"), done.toString());
            CampaignReachesPlayerTest.waitFor(() -> read(p.out.resolve("current.json")).filter(s -> !s.equals(shownAt)),
                    Duration.ofSeconds(10), "the frame shown again");
            assertTrue(Files.exists(current));
        }
    }

    @Test
    void clear_cache_deletes_what_the_manifest_does_not_need_and_keeps_the_screen() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        try (Running p = hd(admin, store, dir)) {
            awaitFrame(p.out);
            Path media = Files.createDirectories(dir.resolve("data").resolve("media"));
            Path stale = media.resolve("ab".repeat(32));
            Files.write(stale, new byte[] {1, 2, 3});
            String shown = Files.readString(p.out.resolve("current.json"));
            String id = admin.post(commands(p.displayId), Map.of("type", "clear_cache")).expect(201).json().get("id").asText();
            JsonNode done = awaitStatus(admin, p.displayId, id, "done");
            assertTrue(done.get("message").asText().startsWith("deleted 1 file"), done.toString());
            assertFalse(Files.exists(stale));
            assertEquals(shown, Files.readString(p.out.resolve("current.json")), "the screen kept its frame");
        }
    }

    @Test
    void restart_answers_and_then_asks_the_hook_to_exit_with_the_restart_status() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        try (Running p = hd(admin, store, dir)) {
            awaitFrame(p.out);
            String id = admin.post(commands(p.displayId), Map.of("type", "restart")).expect(201).json().get("id").asText();
            awaitStatus(admin, p.displayId, id, "done");
            CampaignReachesPlayerTest.waitFor(() -> exits.isEmpty() ? Optional.empty() : Optional.of(exits.get(0)),
                    Duration.ofSeconds(10), "the exit hook");
            assertEquals(List.of(75), exits);
        }
    }

    @Test
    void full_refresh_runs_a_clean_refresh_on_an_eink_panel_and_is_refused_for_hd() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        Path out = dir.resolve("eink-out");
        PanelProfile profile = PanelProfiles.forDisplayClass(DisplayClass.EINK_BW).orElseThrow();
        Path panelDir = out.resolve("panel");
        EinkOutput eink = new EinkOutput(profile, PanelDriver.simulated(SimulatedPanel.writingTo(profile, panelDir, Clock.systemUTC())),
                new PngDirectoryOutput(out), "test-panel", null, Clock.systemUTC());
        try (Running p = start(admin, store, dir.resolve("eink"), out, DisplayClass.EINK_BW, eink)) {
            awaitFrame(out);
            long before = Files.readAllLines(panelDir.resolve(SimulatedPanel.UPDATE_LOG)).size();
            String id = admin.post(commands(p.displayId), Map.of("type", "full_refresh")).expect(201).json().get("id").asText();
            JsonNode done = awaitStatus(admin, p.displayId, id, "done");
            assertTrue(done.get("message").asText().startsWith("clean full refresh"), done.toString());
            List<String> updates = Files.readAllLines(panelDir.resolve(SimulatedPanel.UPDATE_LOG));
            assertTrue(updates.size() > before, "the panel logged the refresh");
            String last = updates.get(updates.size() - 1);
            assertTrue(last.contains("\"clean\":true") && last.contains("\"width\":" + profile.width()),
                    "a clean refresh of the whole panel: " + last);
        }
        String hd = Devices.pair(admin, store, "hd-landscape", "entrance").displayId();
        JsonNode error = admin.post(commands(hd), Map.of("type", "full_refresh")).expect(400).json();
        assertEquals("type", error.get("field").asText());
    }

    @Test
    void a_command_for_an_offline_player_waits_and_is_delivered_once_when_it_reconnects() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        String displayId;
        try (Running p = hd(admin, store, dir)) {
            awaitFrame(p.out);
            displayId = p.displayId;
        }
        String id = admin.post(commands(displayId), Map.of("type", "clear_cache")).expect(201).json().get("id").asText();
        Thread.sleep(500);
        assertEquals("pending", find(admin, displayId, id).get("status").asText(), "nobody to deliver to");
        Path stale = dir.resolve("data").resolve("media").resolve("cd".repeat(32));
        Files.write(stale, new byte[] {4});
        try (Running p = restart(displayId, dir)) {
            awaitStatus(admin, displayId, id, "done");
            assertFalse(Files.exists(stale));
        }
        // a redelivery (as after a reconnect) is answered from the journal, not run again
        Files.write(stale, new byte[] {4});
        try (Running p = restart(displayId, dir)) {
            awaitFrame(p.out);
            Thread.sleep(1500);
            assertTrue(Files.exists(stale), "the command ran once");
            assertEquals("done", find(admin, displayId, id).get("status").asText());
        }
    }

    @Test
    void roles_decide_who_may_send_which_command() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        String other = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        String display = Devices.pair(admin, store, "hd-landscape", "entrance").displayId();
        Api manager = Fixtures.user(admin, "store_manager", List.of(store));
        Api otherManager = Fixtures.user(admin, "store_manager", List.of(other));
        Api marketing = Fixtures.user(admin, "marketing", List.of());

        manager.post(commands(display), Map.of("type", "restart")).expect(201);
        otherManager.post(commands(display), Map.of("type", "reload")).expect(403);
        otherManager.get(commands(display)).expect(403);
        marketing.post(commands(display), Map.of("type", "screenshot")).expect(201);
        marketing.post(commands(display), Map.of("type", "reload")).expect(403);
        JsonNode bad = admin.post(commands(display), Map.of("type", "reboot")).expect(400).json();
        assertEquals("type", bad.get("field").asText());

        JsonNode history = manager.get(commands(display)).expect(200).json();
        assertEquals(2, history.size());
        assertEquals("screenshot", history.get(0).get("type").asText(), "newest first");
        assertEquals("restart", history.get(1).get("type").asText());
        assertEquals("pending", history.get(1).get("status").asText());
    }

    // ---- helpers ----

    private record Running(Player player, Path out, String displayId) implements AutoCloseable {
        @Override
        public void close() {
            player.close();
        }
    }

    private Running hd(Api admin, String store, Path dir) throws Exception {
        Path out = dir.resolve("out");
        return start(admin, store, dir, out, DisplayClass.HD_LANDSCAPE, new PngDirectoryOutput(out));
    }

    private Running start(Api admin, String store, Path dir, Path out, DisplayClass cls, FrameOutput output) throws Exception {
        PlayerConfig config = new PlayerConfig(URI.create(TestServer.baseUrl()), dir.resolve("data"), out, cls, Duration.ofSeconds(30));
        Player player = new Player(config, SlideRenderer.fromClassPath(), output, Clock.systemUTC(), exits::add);
        try {
            player.start();
            String code = CampaignReachesPlayerTest.waitFor(player::pairingCode, Duration.ofSeconds(30), "a pairing code");
            String id = admin.post("/api/v1/pairing/claim", Map.of("code", code, "storeId", store, "name", Fixtures.unique("Screen"),
                    "zone", "entrance", "displayClass", cls.id())).expect(201).json().get("id").asText();
            return new Running(player, out, id);
        } catch (Exception | AssertionError e) {
            player.close();
            throw e;
        }
    }

    /** The same player (its data directory keeps the token) started again. */
    private Running restart(String displayId, Path dir) throws Exception {
        Path out = dir.resolve("out");
        PlayerConfig config = new PlayerConfig(URI.create(TestServer.baseUrl()), dir.resolve("data"), out, DisplayClass.HD_LANDSCAPE,
                Duration.ofSeconds(30));
        Player player = new Player(config, SlideRenderer.fromClassPath(), new PngDirectoryOutput(out), Clock.systemUTC(), exits::add);
        player.start();
        return new Running(player, out, displayId);
    }

    private static String commands(String displayId) {
        return "/api/v1/displays/" + displayId + "/commands";
    }

    private static JsonNode find(Api api, String displayId, String id) {
        for (JsonNode c : api.get(commands(displayId)).expect(200).json()) {
            if (c.get("id").asText().equals(id)) {
                return c;
            }
        }
        throw new AssertionError("command " + id + " not in the history");
    }

    private static JsonNode awaitStatus(Api api, String displayId, String id, String status) throws InterruptedException {
        JsonNode c = CampaignReachesPlayerTest.waitFor(() -> Optional.of(find(api, displayId, id))
                .filter(x -> !x.get("status").asText().equals("pending") && !x.get("status").asText().equals("delivered")),
                Duration.ofSeconds(20), "command " + id + " answered");
        assertEquals(status, c.get("status").asText(), c.toString());
        return c;
    }

    private static Path awaitFrame(Path out) throws InterruptedException {
        Path current = out.resolve("current.png");
        return CampaignReachesPlayerTest.waitFor(() -> Optional.of(current).filter(Files::exists).filter(x -> read(out.resolve("current.json"))
                .filter(s -> s.contains("\"idle\"") || s.contains("\"item\"")).isPresent()), Duration.ofSeconds(30), "a frame");
    }

    private static Optional<String> read(Path file) {
        try {
            return Files.exists(file) ? Optional.of(Files.readString(file)) : Optional.empty();
        } catch (java.io.IOException e) {
            return Optional.empty();
        }
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        int n = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if ((a.getRGB(x, y) & 0xffffff) != (b.getRGB(x, y) & 0xffffff)) {
                    n++;
                }
            }
        }
        return n;
    }
}
