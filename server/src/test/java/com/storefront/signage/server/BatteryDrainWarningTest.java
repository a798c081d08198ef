package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/** A schedule that would flatten a shelf label's battery in days is flagged on the campaign's reach. */
class BatteryDrainWarningTest {
    private static final Api admin = TestServer.admin();
    private final String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
    private final Devices.Paired label = Devices.pair(admin, store, "eink-bwr-label", "aisle");

    @Test
    void aPromotionRotatingEveryFewSecondsOnABatteryLabelIsWarnedAbout() {
        reportBattery(label, 3600.0);
        String id = draft(rotatingEveryFiveSeconds());

        JsonNode warning = warning(reach(id), "DRAINS_BATTERY");

        assertTrue(warning != null, "expected a DRAINS_BATTERY warning");
        String name = admin.get("/api/v1/displays/" + label.displayId()).expect(200).json().get("name").asText();
        assertTrue(warning.get("message").asText().contains(name), warning.toString());
    }

    @Test
    void theSameScheduleOnAMainsPoweredLabelIsNotWarnedAbout() {
        String id = draft(rotatingEveryFiveSeconds());

        assertTrue(warning(reach(id), "DRAINS_BATTERY") == null);
    }

    @Test
    void aLabelShowingOneSlideAllDayIsNotWarnedAbout() {
        reportBattery(label, 3600.0);
        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", "Добре дошли")).get("id").asText();
        String playlist = Fixtures.playlist(admin, slide, 3_600_000L).get("id").asText();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Sofia"));

        JsonNode report = reach(draft(Fixtures.campaignBody(playlist, today, today.plusDays(6), store)));

        assertFalse(StreamSupport.stream(report.get("warnings").spliterator(), false)
                .anyMatch(w -> w.get("code").asText().equals("DRAINS_BATTERY")), report.toString());
    }

    private Map<String, Object> rotatingEveryFiveSeconds() {
        String a = Fixtures.slide(admin, "welcome", Map.of("greeting", "Добре дошли")).get("id").asText();
        String b = Fixtures.slide(admin, "welcome", Map.of("greeting", "Днес -20%")).get("id").asText();
        String playlist = admin.post("/api/v1/playlists", Map.of("name", Fixtures.unique("Playlist"), "items",
                List.of(Map.of("slideId", a, "durationMs", 5000), Map.of("slideId", b, "durationMs", 5000)))).expect(201).json()
                .get("id").asText();
        LocalDate today = LocalDate.now(ZoneId.of("Europe/Sofia"));
        return Fixtures.campaignBody(playlist, today, today.plusDays(6), store);
    }

    private static void reportBattery(Devices.Paired device, double capacityMilliwattHours) {
        Map<String, Object> body = Map.of("playerVersion", "0.1.0", "uptimeSeconds", 10, "battery",
                Map.of("capacityMilliwattHours", capacityMilliwattHours, "millijoulesPerDay", 100.0, "predictedDays", 1000.0));
        new Api(TestServer.baseUrl()).send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/v1/device/heartbeat"))
                .header("Authorization", "Bearer " + device.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(body)))).expect(204);
    }

    private static String draft(Map<String, Object> body) {
        return admin.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
    }

    private static JsonNode reach(String campaignId) {
        return admin.get("/api/v1/campaigns/" + campaignId + "/reach").expect(200).json();
    }

    private static JsonNode warning(JsonNode report, String code) {
        for (JsonNode w : report.get("warnings")) {
            if (w.get("code").asText().equals(code)) {
                return w;
            }
        }
        return null;
    }
}
