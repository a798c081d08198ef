package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Edits through the API reach exactly the connected displays they change, as a hint on their socket. */
class HintsReachAffectedDisplaysTest {
    @Test
    void editing_a_campaign_hints_the_display_it_targets_within_a_second_and_not_one_in_another_store() throws Exception {
        Api admin = TestServer.admin();
        String here = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        String elsewhere = Fixtures.store(admin, "Europe/Sofia", List.of("en"), "en-US", "USD").get("id").asText();
        Devices.Paired targeted = Devices.pair(admin, here, "hd-landscape", "entrance");
        Devices.Paired other = Devices.pair(admin, elsewhere, "hd-landscape", "entrance");
        LocalDate today = LocalDate.now();
        JsonNode campaign = Fixtures.approvedCampaign(admin, Fixtures.campaignBody(
                Fixtures.welcomePlaylist(admin, "Before"), today.minusDays(1), today.plusDays(2), here));

        try (HintRecorder a = HintRecorder.open(TestServer.baseUrl(), targeted.token());
             HintRecorder b = HintRecorder.open(TestServer.baseUrl(), other.token())) {
            HintRecorder.await(() -> a.hints.size() == 1 && b.hints.size() == 1, Duration.ofSeconds(10), "the version sent on connect");
            assertEquals(etag(targeted.token()), a.lastVersion(), "on connect a socket hears the version the manifest has");
            assertEquals(etag(other.token()), b.lastVersion());

            Map<String, Object> edit = Fixtures.campaignBody(Fixtures.welcomePlaylist(admin, "After"), today.minusDays(1),
                    today.plusDays(2), here);
            edit.put("name", campaign.get("name").asText());
            long edited = System.nanoTime();
            // an admin's edit keeps the campaign approved: it plays at once
            admin.put("/api/v1/campaigns/" + campaign.get("id").asText(), edit).expect(200);

            HintRecorder.await(() -> a.lastVersion().equals(etag(targeted.token())) && a.hints.size() > 1,
                    Duration.ofSeconds(5), "a hint with the targeted display's new version");
            long latencyMs = (a.hints.get(a.hints.size() - 1).atNanos() - edited) / 1_000_000;
            assertTrue(latencyMs < 1000, "hinted " + latencyMs + " ms after the edit was sent");
            System.out.println("campaign edit to hint on the affected socket: " + latencyMs + " ms");
            Thread.sleep(1000);
            assertEquals(1, b.hints.size(), "the display in the other store heard nothing: " + b.hints);
            assertEquals(etag(other.token()), b.lastVersion());
        }
    }

    @Test
    void editing_a_slide_hints_the_displays_that_play_it() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Asia/Tokyo", List.of("en"), "en-US", "USD").get("id").asText();
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "aisle");
        String slide = Fixtures.slide(admin, "welcome", Map.of("greeting", "Konnichiwa")).get("id").asText();
        String playlist = Fixtures.playlist(admin, slide, 10_000).get("id").asText();
        LocalDate today = LocalDate.now();
        Fixtures.approvedCampaign(admin, Fixtures.campaignBody(playlist, today.minusDays(1), today.plusDays(2), store));

        try (HintRecorder r = HintRecorder.open(TestServer.baseUrl(), display.token())) {
            HintRecorder.await(() -> r.hints.size() == 1, Duration.ofSeconds(10), "the version sent on connect");
            String before = r.lastVersion();

            admin.put("/api/v1/slides/" + slide, Map.of("name", "Greeting", "templateId", "welcome",
                    "fields", Map.of("greeting", "Ohayo"))).expect(200);

            HintRecorder.await(() -> r.hints.size() == 2, Duration.ofSeconds(5), "a hint after the slide edit");
            assertTrue(!before.equals(r.lastVersion()));
            assertEquals(etag(display.token()), r.lastVersion());
        }
    }

    @Test
    void renaming_a_display_hints_it_and_revoking_it_closes_its_socket_for_good() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "America/Chicago", List.of("en"), "en-US", "USD").get("id").asText();
        Devices.Paired display = Devices.pair(admin, store, "hd-portrait", "window");

        try (HintRecorder r = HintRecorder.open(TestServer.baseUrl(), display.token())) {
            HintRecorder.await(() -> r.hints.size() == 1, Duration.ofSeconds(10), "the version sent on connect");

            admin.put("/api/v1/displays/" + display.displayId(), Map.of("name", "Window left", "zone", "window", "tags", List.of()))
                    .expect(200);
            HintRecorder.await(() -> r.hints.size() == 2, Duration.ofSeconds(5), "a hint after the rename (the name is in the manifest)");
            assertEquals(etag(display.token()), r.lastVersion());

            admin.post("/api/v1/displays/" + display.displayId() + "/revoke", Map.of()).expect(200);
            HintRecorder.await(() -> r.refusals.get() == 1, Duration.ofSeconds(10), "the socket closed and its token refused on reconnect");
            assertTrue(!r.channel.isOpen());
        }
    }

    @Test
    void metrics_count_the_open_hint_sockets_and_time_each_hint_from_its_edit() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Madrid", List.of("es"), "es-ES", "EUR").get("id").asText();
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "checkout");
        double hintsTimed = metric("signage_hint_latency_seconds_count");

        try (HintRecorder r = HintRecorder.open(TestServer.baseUrl(), display.token())) {
            HintRecorder.await(() -> r.hints.size() == 1, Duration.ofSeconds(10), "the version sent on connect");
            assertTrue(metric("signage_players_connected") >= 1, "the open socket is counted");

            admin.put("/api/v1/displays/" + display.displayId(), Map.of("name", "Caja 1", "zone", "checkout", "tags", List.of()))
                    .expect(200);
            HintRecorder.await(() -> r.hints.size() == 2, Duration.ofSeconds(5), "a hint after the rename");
            assertTrue(metric("signage_hint_latency_seconds_count") >= hintsTimed + 1, "the hint was timed from the edit");
        }
    }

    private static double metric(String name) {
        Matcher m = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE)
                .matcher(new Api(TestServer.baseUrl()).get("/metrics").expect(200).text());
        return m.find() ? Double.parseDouble(m.group(2)) : 0;
    }

    static String etag(String token) {
        String etag = Devices.manifest(token).expect(200).headers().firstValue("ETag").orElseThrow();
        return etag.substring(1, etag.length() - 1);
    }
}
