package com.storefront.signage.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Map;

/** Pairs a device through the real API, as a player and an admin would. */
final class Devices {
    record Paired(String displayId, String token) {
    }

    private Devices() {
    }

    static Paired pair(Api admin, String storeId, String displayClass, String zone) {
        Api device = new Api(TestServer.baseUrl());
        JsonNode ticket = device.post("/api/v1/pairing", Map.of("displayClass", displayClass, "playerVersion", "test")).expect(201).json();
        JsonNode display = admin.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", storeId,
                "name", Fixtures.unique("Display"), "zone", zone)).expect(201).json();
        JsonNode status = poll(device, ticket);
        return new Paired(display.get("id").asText(), status.get("deviceToken").asText());
    }

    static JsonNode poll(Api device, JsonNode ticket) {
        return device.get("/api/v1/pairing/" + ticket.get("pairingId").asText(),
                Map.of("Authorization", "Bearer " + ticket.get("secret").asText())).expect(200).json();
    }

    static Api.Response manifest(String token) {
        return new Api(TestServer.baseUrl()).get("/api/v1/device/manifest", Map.of("Authorization", "Bearer " + token));
    }
}
