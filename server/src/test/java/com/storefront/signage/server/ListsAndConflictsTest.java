package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ListsAndConflictsTest {
    private final Api admin = TestServer.admin();

    @Test
    void listsArePaginatedWithATotal() {
        for (int i = 0; i < 3; i++) {
            Fixtures.slide(admin, "welcome", Map.of("greeting", "Hello " + i));
        }
        JsonNode all = admin.get("/api/v1/slides?limit=500").expect(200).json();
        long total = all.get("total").asLong();
        JsonNode page = admin.get("/api/v1/slides?limit=2&offset=1").expect(200).json();
        assertEquals(2, page.get("items").size());
        assertEquals(total, page.get("total").asLong());
        assertEquals(all.get("items").get(1).get("id"), page.get("items").get(0).get("id"));
        assertEquals("limit", admin.get("/api/v1/slides?limit=0").expect(400).json().get("field").asText());
    }

    @Test
    void aSecondStoreWithTheSameNameIsAConflict() {
        Map<String, Object> store = Map.of("name", Fixtures.unique("Twin"), "timeZone", "Europe/Sofia",
                "languages", List.of("bg"), "locale", "bg-BG", "currency", "EUR");
        admin.post("/api/v1/stores", store).expect(201);
        assertEquals("conflict", admin.post("/api/v1/stores", store).expect(409).json().get("error").asText());
    }

    @Test
    void unknownIdsAre404() {
        admin.get("/api/v1/stores/" + java.util.UUID.randomUUID()).expect(404);
        admin.get("/api/v1/slides/not-a-uuid").expect(404);
        admin.get("/api/v1/no-such-thing").expect(404);
    }

    @Test
    void uploadingTheSameBytesAgainAnswersWithTheStoredMedia() {
        byte[] png = Fixtures.png(20, 20, new java.awt.Color(12, 34, 56));
        JsonNode first = admin.raw("POST", "/api/v1/media?name=first.png", "image/png", png).expect(201).json();
        JsonNode again = admin.raw("POST", "/api/v1/media?name=second.png", "image/png", png).expect(200).json();
        assertEquals(first.get("sha256"), again.get("sha256"));
        assertEquals("first.png", again.get("name").asText());
    }
}
