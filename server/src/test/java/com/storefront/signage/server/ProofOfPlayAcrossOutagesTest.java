package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.Player;
import com.storefront.signage.node.PlayerConfig;
import com.storefront.signage.node.proof.ProofOfPlay;
import com.storefront.signage.node.sync.DeviceState;
import com.storefront.signage.node.sync.ServerClient;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Proof of play end to end with real players and a server of its own (embedded PostgreSQL, real
 * HTTP), which this class stops and starts again on the same database and port. Each test's loop
 * alternates two one-second slides, so every item frame the player shows is one play, and the
 * plays stored are checked against the frames, item by item.
 */
class ProofOfPlayAcrossOutagesTest {
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static final String EMAIL = "admin@outages.example";
    private static final String PASSWORD = "outages-password-123";
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    @TempDir
    static Path serverData;
    private static int port;
    private static SignageServer server;
    private static Api admin;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServer() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        server = startOnSameDatabase();
        admin = new Api(baseUrl());
        admin.login(EMAIL, PASSWORD);
    }

    @AfterAll
    static void stopServer() {
        if (server != null) {
            server.close();
        }
    }

    private static SignageServer startOnSameDatabase() {
        return SignageServer.start(ServerConfig.fromEnvironment(Map.of("SIGNAGE_PORT", String.valueOf(port),
                "SIGNAGE_HOST", "127.0.0.1", "SIGNAGE_DATA_DIR", serverData.toString(), "SIGNAGE_ADMIN_EMAIL", EMAIL,
                "SIGNAGE_ADMIN_PASSWORD", PASSWORD, "SIGNAGE_MAX_BODY_BYTES", String.valueOf(1 << 20))));
    }

    private static String baseUrl() {
        return "http://127.0.0.1:" + port;
    }

    @Test
    void every_play_made_while_the_server_was_down_arrives_exactly_once_after_it_restarts() throws Exception {
        Scene scene = scene();
        RecordingOutput screen = new RecordingOutput();
        try (Player player = player(baseUrl(), dir.resolve("data"), screen)) {
            player.start();
            String displayId = pair(player, scene);
            until(() -> stored(displayId).values().stream().mapToLong(Long::longValue).sum() >= 2, "plays uploaded while the server is up");

            server.close();
            server = null;
            Instant down = Instant.now();
            int shownBefore = screen.items();
            until(() -> screen.items() >= shownBefore + 4, "plays while the server is down");
            assertTrue(player.proofOfPlay().unacknowledgedBytes() > 0, "plays wait in the journal");
            server = startOnSameDatabase();
            Instant up = Instant.now();

            stopPlaying(scene, player, screen);

            assertEquals(screen.itemsPerItem(), stored(displayId), "each item frame shown is stored once");
            assertTrue(startedBetween(displayId, down, up) >= 3, "the plays of the outage arrived");
            assertEquals(screen.items(), reportedPlays(displayId));
            assertEquals(0, unfinished(displayId));
        }
    }

    @Test
    void a_player_restarted_after_the_server_stored_a_batch_but_before_it_saved_its_cursor_sends_it_again_and_nothing_counts_twice()
            throws Exception {
        Scene scene = scene();
        RecordingOutput screen = new RecordingOutput();
        Path data = dir.resolve("data");
        String displayId = playOnlineThenOffline(scene, data, screen);

        // the sync thread's steps with the power cut between the server's answer and the cursor
        ProofOfPlay journal = ProofOfPlay.open(data.resolve("proof-of-play"), Clock.systemUTC());
        ServerClient client = new ServerClient(URI.create(baseUrl()));
        String token = new DeviceState(data).token().orElseThrow();
        int[] stored = {0};
        assertThrows(IOException.class, () -> journal.upload(displayId, batch -> {
            stored[0] += client.uploadPlays(token, batch).inserted();
            throw new IOException("power lost before the cursor was saved");
        }));
        assertTrue(stored[0] >= 3, "the server stored the offline plays: " + stored[0]);

        try (Player restarted = player(baseUrl(), data, screen)) {
            restarted.start();
            stopPlaying(scene, restarted, screen);
            assertEquals(stored[0], restarted.proofOfPlay().duplicates(), "the batch went up again and the server had it");
        }
        assertEquals(screen.itemsPerItem(), stored(displayId), "each item frame shown is stored once");
    }

    @Test
    void a_torn_journal_line_is_cut_and_every_whole_play_is_uploaded() throws Exception {
        Scene scene = scene();
        RecordingOutput screen = new RecordingOutput();
        Path data = dir.resolve("data");
        String displayId = playOnlineThenOffline(scene, data, screen);
        Path journal = journalFile(data);
        Files.write(journal, "{\"end\":null,\"start\":{\"campaignId\":\"".getBytes(), StandardOpenOption.APPEND);

        try (Player restarted = player(baseUrl(), data, screen)) {
            restarted.start();
            stopPlaying(scene, restarted, screen);
        }

        assertEquals(screen.itemsPerItem(), stored(displayId), "each item frame shown is stored once");
        assertEquals(0, unfinished(displayId));
    }

    @Test
    void more_than_500_plays_in_one_batch_are_refused_with_413_naming_plays_and_nothing_is_stored() throws Exception {
        Scene scene = scene();
        RecordingOutput screen = new RecordingOutput();
        String displayId;
        String token;
        Path data = dir.resolve("data");
        try (Player player = player(baseUrl(), data, screen)) {
            player.start();
            displayId = pair(player, scene);
            stopPlaying(scene, player, screen);
            token = new DeviceState(data).token().orElseThrow();
        }
        long before = reportedPlays(displayId);
        List<Map<String, Object>> plays = new ArrayList<>();
        for (int i = 0; i < 501; i++) {
            plays.add(Map.of("key", UUID.randomUUID().toString(), "itemId", "item-" + i, "slideId", scene.slides().get(0),
                    "startedAt", "2026-01-01T00:00:00Z", "endedAt", "2026-01-01T00:00:01Z", "durationMs", 1000,
                    "manifestVersion", "v"));
        }

        Api.Response r = new Api(baseUrl()).send(java.net.http.HttpRequest.newBuilder(URI.create(baseUrl() + "/api/v1/device/plays"))
                .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                .POST(java.net.http.HttpRequest.BodyPublishers.ofByteArray(
                        com.storefront.signage.core.protocol.ProtocolJson.write(Map.of("plays", plays)))));

        assertEquals(413, r.status(), r.text());
        assertEquals("plays", r.json().get("field").asText());
        assertTrue(r.json().get("message").asText().contains("at most 500"), r.text());
        assertEquals(before, reportedPlays(displayId));
    }

    /** A store whose day has hours left, two one-second slides in a loop, and a campaign playing it all day. */
    private record Scene(String storeId, List<String> slides, String campaignId) {
    }

    private static Scene scene() {
        ZoneId zone = zoneAwayFromMidnight();
        String store = Fixtures.store(admin, zone.getId(), List.of("en"), "en-GB", "EUR").get("id").asText();
        List<String> slides = new ArrayList<>();
        List<Map<String, Object>> items = new ArrayList<>();
        for (String greeting : List.of("Good morning", "Fresh bread")) {
            String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", greeting)).get("id").asText();
            slides.add(slide);
            items.add(Map.of("slideId", slide, "durationMs", 1000));
        }
        String playlist = admin.post("/api/v1/playlists", Map.of("name", Fixtures.unique("Playlist"), "items", items))
                .expect(201).json().get("id").asText();
        LocalDate today = LocalDate.now(zone);
        String campaign = Fixtures.approvedCampaign(admin, Fixtures.campaignBody(playlist, today.minusDays(1), today.plusDays(1), store))
                .get("id").asText();
        return new Scene(store, slides, campaign);
    }

    /** Expansion restarts at each store midnight, where an item may follow itself; keep the test's minutes clear of it. */
    private static ZoneId zoneAwayFromMidnight() {
        return ClearZones.now(LocalTime.of(0, 31), LocalTime.of(23, 0), Duration.ofHours(1));
    }

    private static Player player(String server, Path data, RecordingOutput screen) throws IOException {
        return new Player(new PlayerConfig(URI.create(server), data, data.resolveSibling("out"), DisplayClass.EINK_BWR_LABEL,
                Duration.ofSeconds(1)), RENDERER, screen);
    }

    private static String pair(Player player, Scene scene) throws InterruptedException {
        String code = CampaignReachesPlayerTest.waitFor(player::pairingCode, PATIENCE, "a pairing code");
        return admin.post("/api/v1/pairing/claim", Map.of("code", code, "storeId", scene.storeId(), "name", Fixtures.unique("Label"),
                "zone", "aisle", "displayClass", "eink-bwr-label")).expect(201).json().get("id").asText();
    }

    /** Pairs and plays with the server, then plays on with the server unreachable (a closed port); returns the display. */
    private String playOnlineThenOffline(Scene scene, Path data, RecordingOutput screen) throws Exception {
        String displayId;
        try (Player online = player(baseUrl(), data, screen)) {
            online.start();
            displayId = pair(online, scene);
            until(() -> screen.items() >= 2, "the loop on screen");
        }
        String closed;
        try (ServerSocket socket = new ServerSocket(0)) {
            closed = "http://127.0.0.1:" + socket.getLocalPort();
        }
        int before = screen.items();
        try (Player offline = player(closed, data, screen)) {
            offline.start();
            until(() -> screen.items() >= before + 4, "plays with the server unreachable");
        }
        return displayId;
    }

    /** Pauses the campaign, so the loop ends and every play is finished; waits until the player has uploaded them all. */
    private static void stopPlaying(Scene scene, Player player, RecordingOutput screen) throws InterruptedException {
        admin.post("/api/v1/campaigns/" + scene.campaignId() + "/transitions", Map.of("action", "pause")).expect(200);
        until(() -> screen.idle() && player.proofOfPlay().unacknowledgedBytes() == 0, "the idle screen and every play uploaded");
    }

    private static Path journalFile(Path data) throws IOException {
        try (Stream<Path> files = Files.list(data.resolve("proof-of-play"))) {
            return files.filter(f -> f.getFileName().toString().matches("plays-\\d+\\.jsonl")).findFirst().orElseThrow();
        }
    }

    /** Plays stored for the display, per item. */
    private static Map<String, Long> stored(String displayId) {
        Map<String, Long> out = new TreeMap<>();
        for (Row row : query("select item_id, count(*) as n from plays where display_id = $1 group by item_id",
                Tuple.of(UUID.fromString(displayId)))) {
            out.put(row.getString("item_id"), row.getLong("n"));
        }
        return out;
    }

    private static long startedBetween(String displayId, Instant from, Instant to) {
        return query("select count(*) as n from plays where display_id = $1 and started_at between $2 and $3",
                Tuple.of(UUID.fromString(displayId), from.atOffset(ZoneOffset.UTC), to.atOffset(ZoneOffset.UTC)))
                .get(0).getLong("n");
    }

    private static long unfinished(String displayId) {
        return query("select count(*) as n from plays where display_id = $1 and ended_at is null", Tuple.of(UUID.fromString(displayId)))
                .get(0).getLong("n");
    }

    private static long reportedPlays(String displayId) {
        Instant now = Instant.now();
        JsonNode report = admin.get("/api/v1/reports/plays?from=" + now.minus(Duration.ofDays(1)) + "&to=" + now.plus(Duration.ofDays(1)))
                .expect(200).json();
        for (JsonNode d : report.get("displays")) {
            if (d.get("displayId").asText().equals(displayId)) {
                return d.get("plays").asLong();
            }
        }
        return 0;
    }

    private static List<Row> query(String sql, Tuple params) {
        try {
            List<Row> rows = new ArrayList<>();
            server.pool().preparedQuery(sql).execute(params).toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS)
                    .forEach(rows::add);
            return rows;
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void until(BooleanSupplier condition, String what) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(100);
        }
        throw new AssertionError("timed out after " + PATIENCE.toSeconds() + " s waiting for " + what);
    }
}
