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

    private Api.Response heartbeat(Object body) {
        return new Api(TestServer.baseUrl()).send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/v1/device/heartbeat"))
                .header("Authorization", "Bearer " + label.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(com.storefront.signage.core.protocol.ProtocolJson.write(body))));
    }
}
