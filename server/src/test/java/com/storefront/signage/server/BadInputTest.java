package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Bad input gets a clear error naming what is wrong, and changes nothing. */
class BadInputTest {
    private final Api admin = TestServer.admin();

    @Test
    void malformedJsonIsRefusedAndNothingIsStored() {
        long before = total("/api/v1/stores");
        JsonNode error = admin.raw("POST", "/api/v1/stores", "application/json",
                "{\"name\": \"Half a store\", ".getBytes(StandardCharsets.UTF_8)).expect(400).json();
        assertEquals("invalid", error.get("error").asText());
        assertTrue(error.get("message").asText().startsWith("malformed JSON"), error.toString());
        assertEquals(before, total("/api/v1/stores"));
    }

    @Test
    void unknownFieldIsNamedAndNothingIsStored() {
        long before = total("/api/v1/stores");
        JsonNode error = admin.post("/api/v1/stores", Map.of("name", Fixtures.unique("Store"), "timeZone", "Europe/Sofia",
                "languages", List.of("bg"), "locale", "bg-BG", "currency", "EUR", "colour", "blue")).expect(400).json();
        assertEquals("colour", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("unknown field 'colour'"), error.toString());
        assertEquals(before, total("/api/v1/stores"));
    }

    @Test
    void invalidValueNamesItsField() {
        JsonNode error = admin.post("/api/v1/stores", Map.of("name", Fixtures.unique("Store"), "timeZone", "Mars/Olympus_Mons",
                "languages", List.of("en"), "locale", "en-US", "currency", "USD")).expect(400).json();
        assertEquals("timeZone", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("IANA"), error.toString());
    }

    @Test
    void oversizedBodyIsRefusedWith413AndNothingIsStored() {
        long before = total("/api/v1/slides");
        String huge = "x".repeat((int) TestServer.MAX_BODY_BYTES + 1024);
        JsonNode error = admin.post("/api/v1/slides", Map.of("name", "Too big", "templateId", "welcome",
                "fields", Map.of("greeting", huge))).expect(413).json();
        assertEquals("payload_too_large", error.get("error").asText());
        assertTrue(error.get("message").asText().contains(String.valueOf(TestServer.MAX_BODY_BYTES)), error.toString());
        assertEquals(before, total("/api/v1/slides"));
    }

    @Test
    void templateFieldTooLongNamesTheFieldAndLanguage() {
        long before = total("/api/v1/slides");
        JsonNode error = admin.post("/api/v1/slides", Map.of("name", Fixtures.unique("Slide"), "templateId", "promotion",
                "fields", Map.of("headline", Map.of("ar", "ع".repeat(61)), "nowPrice", "3.49"))).expect(400).json();
        assertEquals("fields.headline.ar", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("at most 60"), error.toString());
        assertEquals(before, total("/api/v1/slides"));
    }

    @Test
    void corruptUploadIsRefusedWithAReasonAndNotStored() {
        long before = total("/api/v1/media");
        byte[] png = Fixtures.png(64, 64, java.awt.Color.RED);
        byte[] truncated = java.util.Arrays.copyOf(png, png.length / 2);
        JsonNode error = admin.raw("POST", "/api/v1/media?name=broken.png", "image/png", truncated).expect(400).json();
        assertEquals("body", error.get("field").asText());
        assertTrue(error.get("message").asText().startsWith("upload refused"), error.toString());
        assertEquals(before, total("/api/v1/media"));
    }

    @Test
    void wrongDeviceTokenIs401() {
        JsonNode error = Devices.manifest("not-a-real-token").expect(401).json();
        assertEquals("unauthorized", error.get("error").asText());
        new Api(TestServer.baseUrl()).get("/api/v1/device/manifest").expect(401);
    }

    @Test
    void revokedDeviceTokenIs401() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
        Devices.Paired device = Devices.pair(admin, store, "eink-bw", "aisle");
        Devices.manifest(device.token()).expect(200);
        admin.post("/api/v1/displays/" + device.displayId() + "/revoke", Map.of()).expect(200);
        JsonNode error = Devices.manifest(device.token()).expect(401).json();
        assertTrue(error.get("message").asText().contains("revoked"), error.toString());
    }

    @Test
    void storeManagerTouchingAnotherStoreIsForbiddenAndChangesNothing() {
        String own = Fixtures.store(admin, "Asia/Jerusalem", List.of("he", "en"), "he-IL", "ILS").get("id").asText();
        String other = Fixtures.store(admin, "Asia/Dubai", List.of("ar", "en"), "ar-AE", "AED").get("id").asText();
        Devices.Paired ownDisplay = Devices.pair(admin, own, "hd-landscape", "entrance");
        Devices.Paired otherDisplay = Devices.pair(admin, other, "hd-landscape", "entrance");
        String email = Fixtures.unique("manager").replace(' ', '-') + "@test.example";
        admin.post("/api/v1/users", Map.of("email", email, "displayName", "Store Manager", "password", "manager-password-1",
                "role", "store_manager", "storeIds", List.of(own))).expect(201);
        Api manager = new Api(TestServer.baseUrl());
        manager.login(email, "manager-password-1");

        manager.get("/api/v1/stores/" + own).expect(200);
        assertEquals(403, manager.get("/api/v1/stores/" + other).status());
        assertEquals(1, manager.get("/api/v1/stores").expect(200).json().get("total").asLong(), "sees only their store");

        String otherName = admin.get("/api/v1/displays/" + otherDisplay.displayId()).expect(200).json().get("name").asText();
        JsonNode error = manager.put("/api/v1/displays/" + otherDisplay.displayId(),
                Map.of("name", "Hijacked", "zone", "checkout")).expect(403).json();
        assertEquals("forbidden", error.get("error").asText());
        assertEquals(otherName, admin.get("/api/v1/displays/" + otherDisplay.displayId()).json().get("name").asText());
        manager.put("/api/v1/displays/" + ownDisplay.displayId(), Map.of("name", "Renamed by manager", "zone", "checkout")).expect(200);

        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", "Shalom")).get("id").asText();
        String playlist = Fixtures.playlist(admin, slide, 5000).get("id").asText();
        long campaignsBefore = total("/api/v1/campaigns");
        manager.post("/api/v1/campaigns", Map.of("name", "Not mine", "playlistId", playlist, "startDate", "2026-12-01",
                "endDate", "2026-12-02", "targets", Map.of("storeIds", List.of(other)))).expect(403);
        manager.post("/api/v1/campaigns", Map.of("name", "Everywhere", "playlistId", playlist, "startDate", "2026-12-01",
                "endDate", "2026-12-02")).expect(403);
        assertEquals(campaignsBefore, total("/api/v1/campaigns"));

        JsonNode ticket = new Api(TestServer.baseUrl()).post("/api/v1/pairing", Map.of("displayClass", "eink-bw")).expect(201).json();
        manager.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", other,
                "name", "Sneaky", "zone", "aisle")).expect(403);
        // the code was not used up: the right person can still claim it
        admin.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", other,
                "name", "Proper", "zone", "aisle")).expect(201);
    }

    @Test
    void previewWithAnUnknownCurrencyNamesTheParameter() {
        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", "Hi")).get("id").asText();
        JsonNode error = admin.get("/api/v1/slides/" + slide + "/preview?currency=ZZZ").expect(400).json();
        assertEquals("currency", error.get("field").asText());
        assertEquals("displayClass", admin.get("/api/v1/slides/" + slide + "/preview?displayClass=tv").expect(400).json().get("field").asText());
    }

    @Test
    void playlistErrorNamesWhichItemIsWrong() {
        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", "Hi")).get("id").asText();
        long before = total("/api/v1/playlists");
        JsonNode error = admin.post("/api/v1/playlists", Map.of("name", "Bad", "items", List.of(
                Map.of("slideId", slide, "durationMs", 5000), Map.of("slideId", slide, "durationMs", 10)))).expect(400).json();
        assertEquals("items.1.durationMs", error.get("field").asText());
        assertEquals(before, total("/api/v1/playlists"));
    }

    private long total(String path) {
        return admin.get(path + "?limit=1").expect(200).json().get("total").asLong();
    }
}
