package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class PairingTest {
    private final Api admin = TestServer.admin();

    @Test
    void playerWaitsUntilItsCodeIsClaimedThenReceivesAWorkingToken() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
        Api device = new Api(TestServer.baseUrl());
        JsonNode ticket = device.post("/api/v1/pairing", Map.of("displayClass", "eink-gray16")).expect(201).json();
        assertEquals(6, ticket.get("code").asText().length());
        assertEquals("pending", Devices.poll(device, ticket).get("status").asText());

        JsonNode display = admin.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText().toLowerCase(),
                "storeId", store, "name", "Bakery sign", "zone", "aisle")).expect(201).json();
        assertEquals("eink-gray16", display.get("displayClass").asText(), "the player's own class is kept when the admin names none");

        JsonNode claimed = Devices.poll(device, ticket);
        assertEquals("claimed", claimed.get("status").asText());
        assertEquals(display.get("id").asText(), claimed.get("displayId").asText());
        JsonNode manifest = Devices.manifest(claimed.get("deviceToken").asText()).expect(200).json();
        assertEquals("eink-gray16", manifest.get("displayClass").asText());
    }

    @Test
    void askingAgainAfterPowerLossIssuesANewTokenAndRetiresTheOld() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
        Api device = new Api(TestServer.baseUrl());
        JsonNode ticket = device.post("/api/v1/pairing", Map.of("displayClass", "eink-bw")).expect(201).json();
        admin.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", store,
                "name", "Sign", "zone", "aisle")).expect(201);
        String lost = Devices.poll(device, ticket).get("deviceToken").asText();
        String fresh = Devices.poll(device, ticket).get("deviceToken").asText();
        assertNotEquals(lost, fresh);
        Devices.manifest(lost).expect(401);
        Devices.manifest(fresh).expect(200);
    }

    @Test
    void pollingWithTheWrongSecretIs401() {
        Api device = new Api(TestServer.baseUrl());
        JsonNode ticket = device.post("/api/v1/pairing", Map.of("displayClass", "eink-bw")).expect(201).json();
        device.get("/api/v1/pairing/" + ticket.get("pairingId").asText(), Map.of("Authorization", "Bearer guessed")).expect(401);
        device.get("/api/v1/pairing/" + ticket.get("pairingId").asText()).expect(401);
    }

    @Test
    void claimingAnUnknownCodeIs404NamingTheCode() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
        long before = admin.get("/api/v1/displays?limit=1").json().get("total").asLong();
        JsonNode error = admin.post("/api/v1/pairing/claim", Map.of("code", "ZZZZZZ", "storeId", store,
                "name", "Ghost", "zone", "aisle")).expect(404).json();
        assertEquals("code", error.get("field").asText());
        assertEquals(before, admin.get("/api/v1/displays?limit=1").json().get("total").asLong());
    }

    @Test
    void pairingRequestWithoutADisplayClassIsRefused() {
        JsonNode error = new Api(TestServer.baseUrl()).post("/api/v1/pairing", Map.of("playerVersion", "x")).expect(400).json();
        assertEquals("displayClass", error.get("field").asText());
    }
}
