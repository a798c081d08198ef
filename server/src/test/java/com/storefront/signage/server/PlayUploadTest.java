package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.net.URI;
import java.net.http.HttpRequest;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** {@code POST /api/v1/device/plays} over real HTTP into PostgreSQL: each play counts once, bad records are named. */
class PlayUploadTest {
    private static final Api admin = TestServer.admin();
    private static final Instant T0 = Instant.parse("2026-03-02T09:00:00Z");
    private final String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg", "en"), "bg-BG", "EUR").get("id").asText();
    private final Devices.Paired screen = Devices.pair(admin, store, "hd-landscape", "entrance");
    private final String campaign = UUID.randomUUID().toString();
    private final String playlist = UUID.randomUUID().toString();
    private final String slide = UUID.randomUUID().toString();

    @Test
    void the_same_batch_sent_twice_counts_once() {
        List<Map<String, Object>> batch = List.of(play(0), play(1), play(2));

        JsonNode first = upload(screen.token(), Map.of("plays", batch)).expect(200).json();
        JsonNode again = upload(screen.token(), Map.of("plays", batch)).expect(200).json();

        assertEquals(3, first.get("received").asInt());
        assertEquals(3, first.get("inserted").asInt());
        assertEquals(0, first.get("duplicates").asInt());
        assertEquals(0, again.get("inserted").asInt());
        assertEquals(3, again.get("duplicates").asInt());
        JsonNode report = report("storeId=" + store);
        assertEquals(3, report.get("plays").asLong());
        assertEquals(3 * 10_000, report.get("playedMs").asLong());
    }

    @Test
    void a_batch_overlapping_one_already_stored_adds_only_the_new_plays() {
        upload(screen.token(), Map.of("plays", List.of(play(0), play(1)))).expect(200);

        JsonNode receipt = upload(screen.token(), Map.of("plays", List.of(play(1), play(2), play(3)))).expect(200).json();

        assertEquals(2, receipt.get("inserted").asInt());
        assertEquals(1, receipt.get("duplicates").asInt());
        assertEquals(4, report("storeId=" + store).get("plays").asLong());
    }

    @Test
    void the_same_key_from_another_display_is_another_play() {
        Devices.Paired other = Devices.pair(admin, store, "hd-landscape", "aisle");
        Map<String, Object> shared = play(0);

        upload(screen.token(), Map.of("plays", List.of(shared))).expect(200);
        JsonNode receipt = upload(other.token(), Map.of("plays", List.of(shared))).expect(200).json();

        assertEquals(1, receipt.get("inserted").asInt());
        assertEquals(2, report("storeId=" + store).get("displays").size());
    }

    @Test
    void a_play_cut_by_power_loss_counts_without_time_on_screen() {
        Map<String, Object> cut = play(0);
        cut.put("endedAt", null);
        cut.put("durationMs", null);

        upload(screen.token(), Map.of("plays", List.of(cut, play(1)))).expect(200);

        JsonNode report = report("storeId=" + store);
        assertEquals(2, report.get("plays").asLong());
        assertEquals(1, report.get("unfinished").asLong());
        assertEquals(10_000, report.get("playedMs").asLong());
    }

    @Test
    void a_record_whose_end_is_before_its_start_is_named_by_index_and_nothing_of_the_batch_is_stored() {
        Map<String, Object> bad = play(1);
        bad.put("endedAt", T0.toString());

        JsonNode error = upload(screen.token(), Map.of("plays", List.of(play(0), bad))).expect(400).json();

        assertEquals("plays[1].endedAt", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("before startedAt"), error.toString());
        assertEquals(0, report("storeId=" + store).get("plays").asLong());
    }

    @Test
    void bad_records_are_refused_naming_the_field_of_the_record() {
        assertRefused("plays[0].key", "must be a UUID", with(play(0), "key", "not-a-uuid"));
        assertRefused("plays[0].colour", "unknown field", with(play(0), "colour", "red"));
        assertRefused("plays[0].startedAt", "wrong type", with(play(0), "startedAt", "yesterday"));
        assertRefused("plays[0].durationMs", "zero or more", with(with(play(0), "durationMs", -5), "endedAt", T0.toString()));
        assertRefused("plays[0].campaignId", "UUID", with(play(0), "campaignId", "campaign-1"));
        assertRefused("plays[0].slideId", "exactly one", with(play(0), "videoSha256", "ab".repeat(32)));
        assertRefused("plays[0].videoSha256", "hex", with(with(play(0), "slideId", null), "videoSha256", "xyz"));
        assertRefused("plays[0].itemId", "characters", with(play(0), "itemId", "x".repeat(201)));
        Map<String, Object> first = play(0);
        assertRefused("plays[1].key", "repeats the key of plays[0]", first, with(play(1), "key", first.get("key")));
        assertEquals(0, report("storeId=" + store).get("plays").asLong());
    }

    @Test
    void a_batch_without_plays_is_refused_naming_plays() {
        assertEquals("plays", upload(screen.token(), Map.of("plays", List.of())).expect(400).json().get("field").asText());
        assertEquals("plays", upload(screen.token(), Map.of("plays", "many")).expect(400).json().get("field").asText());
        assertEquals("records", upload(screen.token(), Map.of("records", List.of(play(0)))).expect(400).json().get("field").asText());
        assertEquals(400, upload(screen.token(), "{\"plays\": [".getBytes()).status());
    }

    @Test
    void plays_need_the_device_token() {
        assertEquals(401, upload(null, Map.of("plays", List.of(play(0)))).status());
        assertEquals(401, upload("not-a-token", Map.of("plays", List.of(play(0)))).status());
    }

    @Test
    void a_video_play_is_stored_under_its_sha256() {
        Map<String, Object> video = with(with(play(0), "slideId", null), "videoSha256", "cd".repeat(32));

        assertEquals(1, upload(screen.token(), Map.of("plays", List.of(video))).expect(200).json().get("inserted").asInt());
    }

    private void assertRefused(String field, String message, Object... plays) {
        JsonNode error = upload(screen.token(), Map.of("plays", List.of(plays))).expect(400).json();
        assertEquals(field, error.get("field").asText(), error.toString());
        assertTrue(error.get("message").asText().contains(message), error.toString());
    }

    /** A ten-second play of this test's slide in slot {@code n}, from 09:00 on a fixed day. */
    private Map<String, Object> play(int n) {
        Map<String, Object> p = new HashMap<>();
        p.put("key", UUID.nameUUIDFromBytes((screen.displayId() + n).getBytes()).toString());
        p.put("itemId", campaign + "/" + playlist + "/" + n + "/en");
        p.put("campaignId", campaign);
        p.put("playlistId", playlist);
        p.put("slideId", slide);
        p.put("videoSha256", null);
        p.put("startedAt", T0.plusSeconds(10L * n).toString());
        p.put("endedAt", T0.plusSeconds(10L * n + 10).toString());
        p.put("durationMs", 10_000);
        p.put("manifestVersion", "v-test");
        return p;
    }

    private static Map<String, Object> with(Map<String, Object> play, String field, Object value) {
        Map<String, Object> copy = new HashMap<>(play);
        copy.put(field, value);
        return copy;
    }

    private JsonNode report(String filter) {
        return admin.get("/api/v1/reports/plays?from=" + T0.minusSeconds(3600) + "&to=" + T0.plusSeconds(3600) + "&" + filter)
                .expect(200).json();
    }

    static Api.Response upload(String token, Object body) {
        return upload(token, body instanceof byte[] b ? b : ProtocolJson.write(body));
    }

    static Api.Response upload(String token, byte[] body) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/v1/device/plays"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (token != null) {
            request.header("Authorization", "Bearer " + token);
        }
        return new Api(TestServer.baseUrl()).send(request);
    }
}
