package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The proof-of-play report: per campaign and per display, within the reader's stores. */
class PlayReportTest {
    private static final Api admin = TestServer.admin();
    private static final Instant T0 = Instant.parse("2026-04-06T12:00:00Z");
    private final String north = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-GB", "EUR").get("id").asText();
    private final String south = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-GB", "EUR").get("id").asText();
    private final Devices.Paired northScreen = Devices.pair(admin, north, "hd-landscape", "entrance");
    private final Devices.Paired southScreen = Devices.pair(admin, south, "hd-landscape", "entrance");
    private final JsonNode campaign = Fixtures.approvedCampaign(admin, Fixtures.campaignBody(Fixtures.welcomePlaylist(admin, "Hi"),
            LocalDate.now(), LocalDate.now(), north));
    private final String campaignId = campaign.get("id").asText();

    @Test
    void counts_and_time_on_screen_per_campaign_and_per_display_with_the_campaigns_name() {
        upload(northScreen, play(campaignId, 0, 8_000), play(campaignId, 1, 8_000), play(null, 2, 5_000));
        upload(southScreen, play(campaignId, 0, 8_000));

        JsonNode forCampaign = report(admin, "&campaignId=" + campaignId).expect(200).json();
        JsonNode forNorth = report(admin, "&storeId=" + north).expect(200).json();

        JsonNode byCampaign = find(forCampaign.get("campaigns"), "campaignId", campaignId);
        assertEquals(campaign.get("name").asText(), byCampaign.get("name").asText());
        assertEquals("campaign", byCampaign.get("kind").asText());
        assertEquals(3, byCampaign.get("plays").asLong());
        assertEquals(24_000, byCampaign.get("playedMs").asLong());
        assertEquals(2, find(forCampaign.get("displays"), "displayId", northScreen.displayId()).get("plays").asLong());
        assertEquals(1, find(forCampaign.get("displays"), "displayId", southScreen.displayId()).get("plays").asLong());
        JsonNode defaultLoop = find(forNorth.get("campaigns"), "kind", "default");
        assertTrue(defaultLoop.get("campaignId").isNull());
        assertEquals(1, defaultLoop.get("plays").asLong());
        JsonNode northDisplay = find(forNorth.get("displays"), "displayId", northScreen.displayId());
        assertEquals(3, northDisplay.get("plays").asLong());
        assertEquals(21_000, northDisplay.get("playedMs").asLong());
        assertEquals(3, forNorth.get("plays").asLong());
    }

    @Test
    void a_report_for_one_campaign_leaves_out_the_rest() {
        upload(northScreen, play(campaignId, 0, 8_000), play(null, 1, 5_000));

        JsonNode report = report(admin, "&campaignId=" + campaignId + "&storeId=" + north).expect(200).json();

        assertEquals(1, report.get("plays").asLong());
        assertEquals(1, report.get("campaigns").size());
    }

    @Test
    void plays_outside_the_window_are_left_out() {
        upload(northScreen, play(campaignId, 0, 8_000), play(campaignId, 400, 8_000));

        JsonNode report = admin.get("/api/v1/reports/plays?from=" + T0 + "&to=" + T0.plusSeconds(3600) + "&storeId=" + north)
                .expect(200).json();

        assertEquals(1, report.get("plays").asLong());
    }

    @Test
    void a_store_manager_sees_only_their_stores() {
        upload(northScreen, play(campaignId, 0, 8_000));
        upload(southScreen, play(campaignId, 0, 8_000), play(campaignId, 1, 8_000));
        Api manager = Fixtures.user(admin, "store_manager", List.of(south));

        JsonNode report = report(manager, "&campaignId=" + campaignId).expect(200).json();

        assertEquals(2, report.get("plays").asLong());
        assertEquals(1, report.get("displays").size());
        assertEquals(southScreen.displayId(), report.get("displays").get(0).get("displayId").asText());
        assertEquals(403, report(manager, "&storeId=" + north).status());
    }

    @Test
    void the_window_is_required_and_checked() {
        assertEquals("from", admin.get("/api/v1/reports/plays?to=" + T0).expect(400).json().get("field").asText());
        assertEquals("to", admin.get("/api/v1/reports/plays?from=" + T0 + "&to=" + T0).expect(400).json().get("field").asText());
        assertEquals("to", admin.get("/api/v1/reports/plays?from=" + T0 + "&to=" + T0.plusSeconds(400L * 86_400))
                .expect(400).json().get("field").asText());
        assertEquals("storeId", admin.get("/api/v1/reports/plays?from=" + T0 + "&to=" + T0.plusSeconds(60) + "&storeId=x")
                .expect(400).json().get("field").asText());
        assertEquals(401, new Api(TestServer.baseUrl()).get("/api/v1/reports/plays?from=" + T0 + "&to=" + T0.plusSeconds(60)).status());
    }

    private static Api.Response report(Api api, String filter) {
        return api.get("/api/v1/reports/plays?from=" + T0.minusSeconds(60) + "&to=" + T0.plusSeconds(86_400) + filter);
    }

    private static void upload(Devices.Paired screen, Map<?, ?>... plays) {
        PlayUploadTest.upload(screen.token(), Map.of("plays", List.of(plays))).expect(200);
    }

    private static Map<String, Object> play(String campaignId, int slot, long durationMs) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", UUID.randomUUID().toString());
        p.put("itemId", (campaignId == null ? "default" : campaignId) + "/" + UUID.randomUUID() + "/0/en");
        p.put("campaignId", campaignId);
        p.put("playlistId", UUID.randomUUID().toString());
        p.put("slideId", UUID.randomUUID().toString());
        p.put("startedAt", T0.plusSeconds(10L * slot).toString());
        p.put("endedAt", T0.plusSeconds(10L * slot).plusMillis(durationMs).toString());
        p.put("durationMs", durationMs);
        p.put("manifestVersion", "v-test");
        return p;
    }

    private static JsonNode find(JsonNode array, String field, String value) {
        for (JsonNode n : array) {
            if (value.equals(n.get(field).asText())) {
                return n;
            }
        }
        throw new AssertionError("no entry with " + field + " = " + value + " in " + array);
    }
}
