package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DeviceManifestTest {
    private final Api admin = TestServer.admin();

    @Test
    void unchangedManifestAnswers304AndAChangeAnswersTheNewVersion() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg", "en"), "bg-BG", "EUR").get("id").asText();
        Devices.Paired device = Devices.pair(admin, store, "hd-landscape", "entrance");
        Api.Response first = Devices.manifest(device.token()).expect(200);
        String etag = first.headers().firstValue("etag").orElseThrow();
        assertEquals("\"" + first.json().get("version").asText() + "\"", etag);

        Api api = new Api(TestServer.baseUrl());
        Map<String, String> conditional = Map.of("Authorization", "Bearer " + device.token(), "If-None-Match", etag);
        Api.Response again = api.get("/api/v1/device/manifest", conditional);
        assertEquals(304, again.status());
        assertEquals(0, again.body().length);

        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", Map.of("bg", "Здравейте", "en", "Hello"))).get("id").asText();
        String playlist = Fixtures.playlist(admin, slide, 5000).get("id").asText();
        String campaign = Fixtures.approvedCampaign(admin, Map.of("name", Fixtures.unique("Hello"), "playlistId", playlist,
                "startDate", LocalDate.now().minusDays(2).toString(), "endDate", LocalDate.now().plusDays(2).toString(),
                "targets", Map.of("storeIds", List.of(store)))).get("id").asText();

        JsonNode changed = api.get("/api/v1/device/manifest", conditional).expect(200).json();
        assertNotEquals(first.json().get("version").asText(), changed.get("version").asText());
        assertEquals(List.of("bg", "en"), languages(changed));
        JsonNode entry = changed.get("entries").get(0);
        assertEquals(campaign, entry.get("id").asText());
        assertEquals("campaign", entry.get("layer").asText());
        assertTrue(entry.get("items").get(0).get("campaignId").asText().equals(campaign));
    }

    @Test
    void deviceFetchesMediaByHashAndMayCacheItForever() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
        Devices.Paired device = Devices.pair(admin, store, "hd-landscape", "entrance");
        byte[] png = Fixtures.png(32, 32, Color.ORANGE);
        String sha = Fixtures.upload(admin, png);
        Api.Response r = new Api(TestServer.baseUrl()).get("/api/v1/device/media/" + sha,
                Map.of("Authorization", "Bearer " + device.token())).expect(200);
        assertEquals(List.of(png.length), List.of(r.body().length));
        assertTrue(r.headers().firstValue("cache-control").orElse("").contains("immutable"));
        new Api(TestServer.baseUrl()).get("/api/v1/device/media/" + "0".repeat(64),
                Map.of("Authorization", "Bearer " + device.token())).expect(404);
    }

    private static List<String> languages(JsonNode manifest) {
        List<String> result = new java.util.ArrayList<>();
        manifest.get("entries").get(0).get("items").forEach(i -> result.add(i.get("slide").get("language").asText()));
        return result;
    }
}
