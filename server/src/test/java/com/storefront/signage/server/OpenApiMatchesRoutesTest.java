package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;

class OpenApiMatchesRoutesTest {
    private static final Set<String> METHODS = Set.of("get", "post", "put", "delete", "patch");

    @Test
    void documentListsExactlyTheRoutesTheServerServes() {
        JsonNode doc = new Api(TestServer.baseUrl()).get("/api/v1/openapi.json").expect(200).json();
        assertEquals("3.0.3", doc.get("openapi").asText());
        List<String> documented = new ArrayList<>();
        doc.get("paths").fields().forEachRemaining(path -> path.getValue().fieldNames().forEachRemaining(method -> {
            if (METHODS.contains(method)) {
                documented.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
            }
        }));
        List<String> served = TestServer.get().apiRoutes().stream()
                .map(r -> r.replaceAll(":([A-Za-z0-9]+)", "{$1}"))
                .toList();
        assertEquals(served, documented.stream().sorted().toList());
    }

    @Test
    void healthAndReadinessAnswer() {
        Api api = new Api(TestServer.baseUrl());
        assertEquals("up", api.get("/health").expect(200).json().get("status").asText());
        assertEquals("ready", api.get("/ready").expect(200).json().get("status").asText());
    }
}
