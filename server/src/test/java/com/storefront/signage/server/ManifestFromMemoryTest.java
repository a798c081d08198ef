package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.server.display.Sightings;
import io.vertx.pgclient.PgConnection;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Transaction;
import io.vertx.sqlclient.Tuple;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Players poll for manifests that have not changed, so an instance answers those 304s from memory:
 * the device token and the display's manifest version. Nothing remembered may outlive what changes
 * it: an edit (on this instance at once, on another as soon as its notice arrives), a revoked or
 * re-delivered token, the store's midnight, or notices lost while the LISTEN connection was down.
 */
class ManifestFromMemoryTest {
    private static final Api admin = TestServer.admin();
    private static final Duration MOMENT = Duration.ofSeconds(5);

    @Test
    void anUnchangedManifestIsAnsweredWithoutTheDatabase() throws Exception {
        Devices.Paired device = Devices.pair(admin, sofiaStore(), "hd-landscape", "entrance");
        String etag = Devices.manifest(device.token()).expect(200).headers().firstValue("ETag").orElseThrow();
        HttpClient http = HttpClient.newHttpClient();

        CompletableFuture<HttpResponse<Void>> full;
        // every token lookup, display read and sighting write waits for this lock
        try (TableLock lock = TableLock.exclusive("displays")) {
            HttpResponse<Void> unchanged = http.send(manifestRequest(TestServer.baseUrl(), device.token(), etag), HttpResponse.BodyHandlers.discarding());
            assertEquals(304, unchanged.statusCode());
            assertEquals(etag, unchanged.headers().firstValue("ETag").orElseThrow());

            full = http.sendAsync(manifestRequest(TestServer.baseUrl(), device.token(), null), HttpResponse.BodyHandlers.discarding());
            Thread.sleep(1000);
            assertFalse(full.isDone(), "a whole manifest needs the database, so the lock really holds it back");
        }
        assertEquals(200, full.get(30, java.util.concurrent.TimeUnit.SECONDS).statusCode());
    }

    @Test
    void anEditIsAnsweredAtOnceWhereItWasMadeAndWithinAMomentOnAnotherInstance() {
        String store = sofiaStore();
        Map<String, Object> campaign = Fixtures.campaignBody(playlist("Before"), LocalDate.now().minusDays(1), LocalDate.now().plusDays(2), store);
        String campaignId = Fixtures.approvedCampaign(admin, campaign).get("id").asText();
        Devices.Paired device = Devices.pair(admin, store, "hd-landscape", "entrance");
        try (SignageServer b = OtherInstance.start(0, Map.of())) {
            Api.Response onA = fetch(TestServer.baseUrl(), device.token(), null).expect(200);
            String etag = onA.headers().firstValue("ETag").orElseThrow();
            fetch(OtherInstance.baseUrl(b), device.token(), null).expect(200);
            fetch(TestServer.baseUrl(), device.token(), etag).expect(304);
            fetch(OtherInstance.baseUrl(b), device.token(), etag).expect(304);

            campaign.put("playlistId", playlist("After"));
            admin.put("/api/v1/campaigns/" + campaignId, campaign).expect(200);

            JsonNode changed = fetch(TestServer.baseUrl(), device.token(), etag).expect(200).json();
            assertNotEquals(onA.json().get("version").asText(), changed.get("version").asText());
            Api.Response onB = awaitResponse(() -> fetch(OtherInstance.baseUrl(b), device.token(), etag), r -> r.status() != 304,
                    "instance B letting go of the version the edit replaced");
            assertEquals(changed.get("version").asText(), onB.expect(200).json().get("version").asText());
        }
    }

    @Test
    void aRevokedTokenIsRefusedAtOnceWhereItWasRevokedAndWithinAMomentElsewhere() {
        Devices.Paired device = Devices.pair(admin, sofiaStore(), "hd-landscape", "entrance");
        try (SignageServer b = OtherInstance.start(0, Map.of())) {
            fetch(TestServer.baseUrl(), device.token(), null).expect(200);
            fetch(OtherInstance.baseUrl(b), device.token(), null).expect(200);

            admin.post("/api/v1/displays/" + device.displayId() + "/revoke", Map.of()).expect(200);

            fetch(TestServer.baseUrl(), device.token(), null).expect(401);
            awaitResponse(() -> fetch(OtherInstance.baseUrl(b), device.token(), null), r -> r.status() == 401,
                    "instance B refusing the revoked token");
        }
    }

    @Test
    void aTokenDeliveredAgainReplacesTheOneDeliveredBefore() {
        Api player = new Api(TestServer.baseUrl());
        JsonNode ticket = player.post("/api/v1/pairing", Map.of("displayClass", "hd-landscape", "playerVersion", "test")).expect(201).json();
        admin.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", sofiaStore(),
                "name", Fixtures.unique("Display"), "zone", "entrance")).expect(201);
        String first = Devices.poll(player, ticket).get("deviceToken").asText();
        fetch(TestServer.baseUrl(), first, null).expect(200);

        // the player lost the answer and asked again: only the token it holds now may work
        String second = Devices.poll(player, ticket).get("deviceToken").asText();

        fetch(TestServer.baseUrl(), first, null).expect(401);
        fetch(TestServer.baseUrl(), second, null).expect(200);
    }

    @Test
    void theVersionMovesOnAtTheStoresMidnightWithNoEdit() {
        ZoneId dubai = ZoneId.of("Asia/Dubai");
        LocalDate today = LocalDate.now(dubai);
        SettableClock clock = new SettableClock(today.atTime(23, 59, 0).atZone(dubai).toInstant());
        String store = Fixtures.store(admin, "Asia/Dubai", List.of("ar", "en"), "ar-AE", "AED").get("id").asText();
        Devices.Paired device = Devices.pair(admin, store, "hd-landscape", "entrance");
        try (SignageServer b = OtherInstance.start(0, Map.of(), clock)) {
            String base = OtherInstance.baseUrl(b);
            Api.Response evening = fetch(base, device.token(), null).expect(200);
            String etag = evening.headers().firstValue("ETag").orElseThrow();
            assertEquals(today.atStartOfDay(dubai).toInstant().toString(), evening.json().get("windowStart").asText());
            fetch(base, device.token(), etag).expect(304);

            clock.set(today.plusDays(1).atTime(0, 0, 30).atZone(dubai).toInstant());

            Api.Response morning = fetch(base, device.token(), etag).expect(200);
            assertEquals(today.plusDays(1).atStartOfDay(dubai).toInstant().toString(), morning.json().get("windowStart").asText());
            assertNotEquals(evening.json().get("version").asText(), morning.json().get("version").asText());
            fetch(base, device.token(), morning.headers().firstValue("ETag").orElseThrow()).expect(304);
        }
    }

    @Test
    void whatChangedWhileNoticesCouldNotBeHeardIsNeverAnsweredFromMemory() throws Exception {
        Devices.Paired device = Devices.pair(admin, sofiaStore(), "hd-landscape", "entrance");
        try (SignageServer b = OtherInstance.start(0, Map.of())) {
            String base = OtherInstance.baseUrl(b);
            String etag = fetch(base, device.token(), null).expect(200).headers().firstValue("ETag").orElseThrow();
            fetch(base, device.token(), etag).expect(304);
            Set<Integer> listeners = listenerPids();
            assertTrue(listeners.size() >= 2, "both instances listen: " + listeners);

            sql("select pg_terminate_backend(pid) from pg_stat_activity where pid = any($1)", Tuple.of((Object) listeners.toArray(Integer[]::new)));
            // an edit whose notice nobody hears: written straight into the database, as if its NOTIFY was lost
            sql("update displays set name = 'Renamed unheard' where id = $1", Tuple.of(UUID.fromString(device.displayId())));
            HintRecorder.await(() -> {
                Set<Integer> now = listenerPids();
                now.removeAll(listeners);
                return now.size() >= 2;
            }, Duration.ofSeconds(20), "both instances listening again");

            JsonNode manifest = fetch(base, device.token(), etag).expect(200).json();
            assertEquals("Renamed unheard", manifest.get("displayName").asText());
        }
    }

    @Test
    void sightingsAndReportedSkewReachTheDatabaseWithinAFlush() {
        Devices.Paired device = Devices.pair(admin, sofiaStore(), "hd-landscape", "entrance");
        new Api(TestServer.baseUrl()).get("/api/v1/device/manifest",
                Map.of("Authorization", "Bearer " + device.token(), "X-Clock-Skew-Ms", "1234")).expect(200);

        Row row = await(() -> sql("select last_seen_at, clock_skew_ms from displays where id = $1",
                        Tuple.of(UUID.fromString(device.displayId()))),
                r -> r.getValue("last_seen_at") != null, Duration.ofMillis(3 * Sightings.FLUSH_EVERY_MS), "sighting written",
                r -> r.toJson().toString());
        assertEquals(1234L, row.getLong("clock_skew_ms"));
        assertTrue(Duration.between(row.getOffsetDateTime("last_seen_at").toInstant(), Instant.now()).abs().getSeconds() < 30);
    }

    private static String sofiaStore() {
        return Fixtures.store(admin, "Europe/Sofia", List.of("bg", "en"), "bg-BG", "EUR").get("id").asText();
    }

    private static String playlist(String greeting) {
        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", greeting)).get("id").asText();
        return Fixtures.playlist(admin, slide, 5000).get("id").asText();
    }

    private static Api.Response fetch(String base, String token, String etag) {
        return etag == null ? new Api(base).get("/api/v1/device/manifest", Map.of("Authorization", "Bearer " + token))
                : new Api(base).get("/api/v1/device/manifest", Map.of("Authorization", "Bearer " + token, "If-None-Match", etag));
    }

    private static HttpRequest manifestRequest(String base, String token, String etag) {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(base + "/api/v1/device/manifest")).timeout(Duration.ofSeconds(20))
                .header("Authorization", "Bearer " + token);
        if (etag != null) {
            b.header("If-None-Match", etag);
        }
        return b.build();
    }

    /** Asks until the answer is {@code done}, for at most {@code limit}; fails naming what never came and the last answer. */
    private static <T> T await(Supplier<T> ask, java.util.function.Predicate<T> done, Duration limit, String what,
                               java.util.function.Function<T, String> describe) {
        long deadline = System.nanoTime() + limit.toNanos();
        T last;
        do {
            last = ask.get();
            if (done.test(last)) {
                return last;
            }
            sleep(50);
        } while (System.nanoTime() < deadline);
        throw new AssertionError("no " + what + " within " + limit + "; last: " + describe.apply(last));
    }

    private static Api.Response awaitResponse(Supplier<Api.Response> request, java.util.function.Predicate<Api.Response> done, String what) {
        return await(request, done, MOMENT, what, r -> "HTTP " + r.status());
    }

    private static Set<Integer> listenerPids() {
        Set<Integer> pids = new HashSet<>();
        SignageServer.await(TestServer.get().pool().query("select pid from pg_stat_activity where query ilike 'listen%'").execute())
                .forEach(r -> pids.add(r.getInteger("pid")));
        return pids;
    }

    private static Row sql(String sql, Tuple params) {
        var rows = SignageServer.await(TestServer.get().pool().preparedQuery(sql).execute(params));
        return rows.size() == 0 ? null : rows.iterator().next();
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new AssertionError(e);
        }
    }

    /** A table locked by a transaction of its own connection until closed: every query touching it waits. */
    private static final class TableLock implements AutoCloseable {
        private final PgConnection connection;
        private final Transaction transaction;

        private TableLock(PgConnection connection, Transaction transaction) {
            this.connection = connection;
            this.transaction = transaction;
        }

        static TableLock exclusive(String table) {
            PgConnection c = SignageServer.await(PgConnection.connect(TestServer.get().vertx(), TestServer.get().database().connectOptions()));
            Transaction tx = SignageServer.await(c.begin());
            SignageServer.await(c.query("lock table " + table + " in access exclusive mode").execute());
            return new TableLock(c, tx);
        }

        @Override
        public void close() {
            SignageServer.await(transaction.rollback());
            SignageServer.await(connection.close());
        }
    }
}
