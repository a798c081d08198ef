package com.storefront.signage.server;

import com.fasterxml.jackson.databind.JsonNode;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.imageio.ImageIO;

/** Creates the things tests need through the real API, each with a unique name. */
public final class Fixtures {
    private Fixtures() {
    }

    public static String unique(String prefix) {
        return prefix + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    public static JsonNode store(Api admin, String timeZone, List<String> languages, String locale, String currency) {
        return admin.post("/api/v1/stores", Map.of("name", unique("Store"), "timeZone", timeZone, "region", "test",
                "languages", languages, "locale", locale, "currency", currency)).expect(201).json();
    }

    /** A store in its own region, so an emergency for that region reaches no other test's displays. */
    public static JsonNode storeInRegion(Api admin, String region, String timeZone, List<String> languages, String locale,
                                         String currency) {
        return admin.post("/api/v1/stores", Map.of("name", unique("Store"), "timeZone", timeZone, "region", region,
                "languages", languages, "locale", locale, "currency", currency)).expect(201).json();
    }

    /** Creates a user with {@code role} ({@code marketing}, {@code store_manager}, {@code admin}) and logs them in. */
    public static Api user(Api admin, String role, List<String> storeIds) {
        String email = unique(role).replace(' ', '-').replace('_', '-') + "@test.example";
        admin.post("/api/v1/users", Map.of("email", email, "displayName", unique(role), "password", "user-password-123",
                "role", role, "storeIds", storeIds)).expect(201);
        Api api = new Api(TestServer.baseUrl());
        api.login(email, "user-password-123");
        return api;
    }

    /** A playlist of one welcome slide; {@code greeting} is a plain string or a map of language to text. */
    public static String welcomePlaylist(Api api, Object greeting) {
        return playlist(api, slide(api, "welcome", Map.of("greeting", greeting)).get("id").asText(), 10_000).get("id").asText();
    }

    /** A campaign body aimed at one store, all day; mutable so a test can add dayparts, priority and the like. */
    public static Map<String, Object> campaignBody(String playlistId, LocalDate start, LocalDate end, String storeId) {
        Map<String, Object> body = new HashMap<>();
        body.put("name", unique("Campaign"));
        body.put("playlistId", playlistId);
        body.put("startDate", start.toString());
        body.put("endDate", end.toString());
        body.put("targets", Map.of("storeIds", List.of(storeId)));
        return body;
    }

    /** The {@code total} of a paged list. */
    public static long total(Api api, String path) {
        return api.get(path + "?limit=1").expect(200).json().get("total").asLong();
    }

    public static byte[] png(int w, int h, Color colour) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(colour);
        g.fillRect(0, 0, w, h);
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    public static String upload(Api api, byte[] png) {
        Api.Response r = api.raw("POST", "/api/v1/media?name=test.png", "image/png", png);
        if (r.status() != 201 && r.status() != 200) {
            throw new AssertionError("upload failed: " + r.text());
        }
        return r.json().get("sha256").asText();
    }

    public static JsonNode slide(Api api, String templateId, Map<String, Object> fields) {
        return api.post("/api/v1/slides", Map.of("name", unique("Slide"), "templateId", templateId, "fields", fields)).expect(201).json();
    }

    public static JsonNode playlist(Api api, String slideId, long durationMs) {
        return api.post("/api/v1/playlists", Map.of("name", unique("Playlist"),
                "items", List.of(Map.of("slideId", slideId, "durationMs", durationMs)))).expect(201).json();
    }

    /** Creates a campaign and takes it through the workflow as an admin: submitted, then approved. */
    public static JsonNode approvedCampaign(Api admin, Map<String, Object> body) {
        String id = admin.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
        admin.post("/api/v1/campaigns/" + id + "/transitions", Map.of("action", "submit")).expect(200);
        return admin.post("/api/v1/campaigns/" + id + "/transitions", Map.of("action", "approve")).expect(200).json();
    }
}
