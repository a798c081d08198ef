package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A player's heartbeat is kept on its display, battery included, and bad reports change nothing. */
class HeartbeatTest {
    private static final Api admin = TestServer.admin();
    private final String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg", "en"), "bg-BG", "EUR").get("id").asText();
    private final Devices.Paired label = Devices.pair(admin, store, "eink-bwr-label", "aisle");

    @Test
    void batteryReportedInAHeartbeatShowsOnTheDisplay() {
        heartbeat(Map.of("playerVersion", "0.1.0", "uptimeSeconds", 3600,
                "battery", Map.of("capacityMilliwattHours", 3600.0, "millijoulesPerDay", 2400.0, "predictedDays", 4200.5))).expect(204);

        JsonNode health = admin.get("/api/v1/displays/" + label.displayId()).expect(200).json().get("health");
        assertEquals("0.1.0", health.get("playerVersion").asText());
        assertEquals(3600, health.get("uptimeSeconds").asLong());
        assertEquals(4200.5, health.get("battery").get("predictedDays").asDouble(), 1e-9);
        assertEquals(3600.0, health.get("battery").get("capacityMilliwattHours").asDouble(), 1e-9);
        assertTrue(health.hasNonNull("batteryReportedAt"));
    }

    @Test
    void aMainsPoweredPlayerReportsNoBattery() {
        heartbeat(Map.of("playerVersion", "0.1.0", "uptimeSeconds", 12)).expect(204);

        JsonNode health = admin.get("/api/v1/displays/" + label.displayId()).expect(200).json().get("health");
        assertTrue(health.get("battery").isNull());
    }

    @Test
    void anImpossibleBatteryIsRefusedNamingTheFieldAndKeepsTheLastReport() {
        heartbeat(Map.of("playerVersion", "0.1.0", "uptimeSeconds", 60,
                "battery", Map.of("capacityMilliwattHours", 1000.0, "millijoulesPerDay", 50.0, "predictedDays", 900.0))).expect(204);

        Api.Response bad = heartbeat(Map.of("playerVersion", "0.1.0", "uptimeSeconds", 61,
                "battery", Map.of("capacityMilliwattHours", -5.0, "millijoulesPerDay", 50.0, "predictedDays", 900.0)));

        assertEquals(400, bad.status(), bad.text());
        assertTrue(bad.text().contains("capacityMilliwattHours"), bad.text());
        JsonNode health = admin.get("/api/v1/displays/" + label.displayId()).expect(200).json().get("health");
        assertEquals(60, health.get("uptimeSeconds").asLong());
        assertEquals(1000.0, health.get("battery").get("capacityMilliwattHours").asDouble(), 1e-9);
    }

    @Test
    void aHeartbeatWithoutTheDeviceTokenIsRefused() {
        Api.Response r = new Api(TestServer.baseUrl()).post("/api/v1/device/heartbeat", Map.of("playerVersion", "x", "uptimeSeconds", 1));
        assertEquals(401, r.status());
    }

    @Test
    void theRestOfTheHeartbeatShowsOnTheDisplayForTheFleetView() {
        heartbeat(Map.of("playerVersion", "0.2.0", "uptimeSeconds", 90, "freeDiskBytes", 5_000_000_000L,
                "currentItemId", "campaign-1/playlist-1/0/bg", "lastSyncAt", "2026-11-23T09:00:00Z", "clockSkewMs", -420,
                "heartbeatSeconds", 120)).expect(204);

        JsonNode display = admin.get("/api/v1/displays/" + label.displayId()).expect(200).json();
        JsonNode health = display.get("health");
        assertEquals(5_000_000_000L, health.get("freeDiskBytes").asLong());
        assertEquals("campaign-1/playlist-1/0/bg", health.get("currentItemId").asText());
        assertEquals("2026-11-23T09:00:00Z", health.get("lastSyncAt").asText());
        assertTrue(health.hasNonNull("heartbeatAt"));
        assertEquals(-420, display.get("clockSkewMs").asLong());
        assertEquals("online", display.get("connectivity").get("status").asText());
        assertEquals(120, display.get("connectivity").get("heartbeatSeconds").asInt());
    }

    @Test
    void aDisplayIsOfflineAfterThreeMissedHeartbeats() {
        heartbeat(Map.of("playerVersion", "0.2.0", "uptimeSeconds", 90, "heartbeatSeconds", 60)).expect(204);
        assertEquals("online", connectivity().get("status").asText());

        // the device falls silent: move its last contact back instead of waiting three minutes
        seenSecondsAgo(150);
        assertEquals("online", connectivity().get("status").asText(), "two missed heartbeats are a hiccup");
        assertEquals(2, connectivity().get("missedHeartbeats").asLong());

        seenSecondsAgo(185);
        assertEquals("offline", connectivity().get("status").asText());
        JsonNode listed = admin.get("/api/v1/displays?storeId=" + store).expect(200).json().get("items").get(0);
        assertEquals("offline", listed.get("connectivity").get("status").asText());

        heartbeat(Map.of("playerVersion", "0.2.0", "uptimeSeconds", 400, "heartbeatSeconds", 60)).expect(204);
        assertEquals("online", connectivity().get("status").asText(), "back as soon as it calls again");
    }

    @Test
    void slidesThePlayerCouldNotShowAreFoldedAndListedNewestFirst() {
        Map<String, Object> broken = Map.of("itemId", "c1/p1/0/bg", "slideId", "s-broken", "templateId", "promotion",
                "message", "template 'promotion' failed: headline missing", "firstAt", "2026-11-23T09:00:00Z",
                "lastAt", "2026-11-23T09:05:00Z", "count", 3);
        Map<String, Object> other = Map.of("itemId", "c1/p1/1/en", "message", "cannot output frame: disk full",
                "firstAt", "2026-11-23T09:06:00Z", "lastAt", "2026-11-23T09:06:00Z", "count", 1);
        heartbeat(Map.of("playerVersion", "0.2.0", "uptimeSeconds", 90, "renderErrors", List.of(broken))).expect(204);
        heartbeat(Map.of("playerVersion", "0.2.0", "uptimeSeconds", 150, "renderErrors", List.of(broken, other))).expect(204);

        JsonNode errors = admin.get("/api/v1/displays/" + label.displayId() + "/render-errors").expect(200).json();
        assertEquals(2, errors.size());
        assertEquals("c1/p1/1/en", errors.get(0).get("itemId").asText(), "newest first");
        assertEquals(6, errors.get(1).get("count").asInt(), "the same failure reported twice adds up");
        assertEquals("s-broken", errors.get(1).get("slideId").asText());
        assertEquals("2026-11-23T09:00:00Z", errors.get(1).get("firstAt").asText());
        Api otherManager = Fixtures.user(admin, "store_manager",
                List.of(Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText()));
        assertEquals(403, otherManager.get("/api/v1/displays/" + label.displayId() + "/render-errors").status());
    }

    @Test
    void aBadRenderErrorIsRefusedNamingTheFieldAndNothingIsKept() {
        Api.Response bad = heartbeat(Map.of("playerVersion", "0.2.0", "uptimeSeconds", 90, "renderErrors",
                List.of(Map.of("itemId", "x", "message", "boom", "firstAt", "2026-11-23T09:05:00Z", "lastAt", "2026-11-23T09:00:00Z",
                        "count", 1))));

        assertEquals(400, bad.status(), bad.text());
        assertTrue(bad.text().contains("lastAt"), bad.text());
        assertEquals(0, admin.get("/api/v1/displays/" + label.displayId() + "/render-errors").expect(200).json().size());
    }

    private JsonNode connectivity() {
        return admin.get("/api/v1/displays/" + label.displayId()).expect(200).json().get("connectivity");
    }

    private void seenSecondsAgo(int seconds) {
        TestServer.get().pool().preparedQuery("update displays set last_seen_at = now() - make_interval(secs => $2) where id = $1::uuid")
                .execute(io.vertx.sqlclient.Tuple.of(label.displayId(), (double) seconds))
                .toCompletionStage().toCompletableFuture().join();
    }

    private Api.Response heartbeat(Object body) {
        return new Api(TestServer.baseUrl()).send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/v1/device/heartbeat"))
                .header("Authorization", "Bearer " + label.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(com.storefront.signage.core.protocol.ProtocolJson.write(body))));
    }
}
