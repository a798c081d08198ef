package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Emergencies and store overrides take the screen from campaigns at once, and give it back when ended. */
class InterruptionLayersTest {
    private static final String ZONE = "Europe/Sofia";
    // logging in costs a password hash: one admin session serves every test
    private static final Api admin = TestServer.admin();
    private final String region = Fixtures.unique("region");
    private final String store = Fixtures.storeInRegion(admin, region, ZONE, List.of("bg"), "bg-BG", "EUR").get("id").asText();
    private final Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
    private final String alert = Fixtures.welcomePlaylist(admin, "Внимание");
    private final JsonNode campaign = Fixtures.approvedCampaign(admin, Fixtures.campaignBody(Fixtures.welcomePlaylist(admin, "Здравейте"),
            LocalDate.now(ZoneId.of(ZONE)).minusDays(1), LocalDate.now(ZoneId.of(ZONE)).plusDays(1), store));

    @Test
    void emergency_for_the_region_takes_the_screen_and_ending_it_gives_it_back() {
        JsonNode manifest = manifest();
        assertEquals("campaign", segmentAtGeneration(manifest).get("layer").asText(), "the campaign plays before");

        String id = admin.post("/api/v1/emergencies", Map.of("name", Fixtures.unique("Evacuate"), "playlistId", alert,
                "regions", List.of(region))).expect(201).json().get("id").asText();
        manifest = manifest();
        assertEquals("emergency", entry(manifest, id).get("layer").asText());
        JsonNode now = segmentAtGeneration(manifest);
        assertEquals("emergency", now.get("layer").asText());
        assertEquals(List.of(id), ids(now.get("entryIds")));

        JsonNode ended = admin.post("/api/v1/emergencies/" + id + "/end", Map.of()).expect(200).json();
        assertNotNull(ended.get("endedAt").textValue());
        manifest = manifest();
        now = segmentAtGeneration(manifest);
        assertEquals("campaign", now.get("layer").asText());
        assertEquals(campaign.get("id").asText(), now.get("entryIds").get(0).asText());
        // the emergency is kept in the timeline up to the moment it was ended, not a moment longer
        JsonNode past = segments(manifest).stream().filter(s -> "emergency".equals(s.get("layer").asText())).findFirst().orElseThrow();
        assertEquals(Instant.parse(ended.get("endedAt").asText()), Instant.parse(past.get("end").asText()));
    }

    @Test
    void store_override_by_an_admin_takes_the_screen() {
        String id = admin.post("/api/v1/overrides", Map.of("name", Fixtures.unique("Closing early"), "playlistId", alert,
                "storeId", store)).expect(201).json().get("id").asText();
        assertOverrideOnScreen(id);
    }

    @Test
    void store_override_by_that_stores_manager_takes_the_screen() {
        Api manager = Fixtures.user(admin, "store_manager", List.of(store));
        String id = manager.post("/api/v1/overrides", Map.of("name", Fixtures.unique("Wet floor"), "playlistId", alert,
                "storeId", store)).expect(201).json().get("id").asText();
        assertOverrideOnScreen(id);
        manager.post("/api/v1/overrides/" + id + "/end", Map.of()).expect(200);
        assertEquals("campaign", segmentAtGeneration(manifest()).get("layer").asText(), "ended by the manager");
    }

    @Test
    void override_for_some_displays_leaves_the_stores_other_displays_alone() {
        Devices.Paired checkout = Devices.pair(admin, store, "hd-landscape", "checkout");
        String id = admin.post("/api/v1/overrides", Map.of("name", Fixtures.unique("Till closed"), "playlistId", alert,
                "storeId", store, "displayIds", List.of(checkout.displayId()))).expect(201).json().get("id").asText();
        JsonNode atCheckout = Devices.manifest(checkout.token()).expect(200).json();
        assertEquals("override", segmentAtGeneration(atCheckout).get("layer").asText());
        JsonNode atEntrance = manifest();
        assertEquals("campaign", segmentAtGeneration(atEntrance).get("layer").asText());
        assertTrue(segments(atEntrance).stream().noneMatch(s -> ids(s.get("entryIds")).contains(id)));
    }

    @Test
    void manager_of_another_store_may_not_override_this_one() {
        String otherStore = Fixtures.storeInRegion(admin, region, ZONE, List.of("bg"), "bg-BG", "EUR").get("id").asText();
        Api stranger = Fixtures.user(admin, "store_manager", List.of(otherStore));
        String version = manifest().get("version").asText();
        JsonNode error = stranger.post("/api/v1/overrides", Map.of("name", Fixtures.unique("Hijack"), "playlistId", alert,
                "storeId", store)).expect(403).json();
        assertEquals("forbidden", error.get("error").asText());
        assertEquals(version, manifest().get("version").asText(), "the screen's schedule is unchanged");
    }

    @Test
    void display_timeline_lists_segments_and_contiguous_plays_named_after_their_entries() {
        Instant from = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant to = from.plus(10, ChronoUnit.MINUTES);
        String emergencyName = Fixtures.unique("Drill");
        String emergency = admin.post("/api/v1/emergencies", Map.of("name", emergencyName, "playlistId", alert,
                "regions", List.of(region), "startsAt", from.plus(2, ChronoUnit.MINUTES).toString(),
                "endsAt", from.plus(4, ChronoUnit.MINUTES).toString())).expect(201).json().get("id").asText();

        JsonNode view = admin.get("/api/v1/displays/" + display.displayId() + "/timeline?from=" + from + "&to=" + to).expect(200).json();
        assertEquals(ZONE, view.get("timeZone").asText());
        List<JsonNode> segments = new ArrayList<>();
        view.get("segments").forEach(segments::add);
        assertEquals(List.of("campaign", "emergency", "campaign"), segments.stream().map(s -> s.get("layer").asText()).toList());
        assertEquals(List.of(from, from.plus(2, ChronoUnit.MINUTES), from.plus(4, ChronoUnit.MINUTES)),
                segments.stream().map(s -> Instant.parse(s.get("start").asText())).toList());
        assertEquals(to, Instant.parse(segments.get(2).get("end").asText()));
        JsonNode campaignRef = segments.get(0).get("entries").get(0);
        assertEquals(campaign.get("id").asText(), campaignRef.get("id").asText());
        assertEquals(campaign.get("name").asText(), campaignRef.get("name").asText());
        assertEquals(emergencyName, segments.get(1).get("entries").get(0).get("name").asText());

        List<JsonNode> plays = new ArrayList<>();
        view.get("plays").forEach(plays::add);
        assertFalse(view.get("playsTruncated").asBoolean());
        assertTrue(plays.size() >= 60, "10-second items over 10 minutes: " + plays.size());
        // plays overlap the window: the first may have begun before it, the last may run past it
        assertFalse(start(plays.get(0)).isAfter(from));
        assertTrue(end(plays.get(0)).isAfter(from));
        assertTrue(start(plays.get(plays.size() - 1)).isBefore(to));
        assertFalse(end(plays.get(plays.size() - 1)).isBefore(to));
        for (int i = 0; i < plays.size(); i++) {
            JsonNode play = plays.get(i);
            if (i > 0) {
                assertEquals(end(plays.get(i - 1)), start(play), "contiguous at play " + i);
            }
            JsonNode segment = covering(segments, start(play).isBefore(from) ? from : start(play));
            assertEquals(segment.get("layer").asText(), play.get("layer").asText(), play.toString());
            assertEquals(segment.get("entries").get(0).get("id").asText(), play.get("entryId").asText(), play.toString());
            assertEquals(segment.get("entries").get(0).get("name").asText(), play.get("entryName").asText(), play.toString());
            assertFalse(end(play).isAfter(Instant.parse(segment.get("end").asText())), "a play never outlasts its segment: " + play);
            assertEquals("welcome", play.get("templateId").asText());
            assertEquals("bg", play.get("language").asText());
        }
        assertTrue(plays.stream().anyMatch(p -> emergency.equals(p.get("entryId").asText())));
    }

    private void assertOverrideOnScreen(String id) {
        JsonNode manifest = manifest();
        assertEquals("override", entry(manifest, id).get("layer").asText());
        JsonNode now = segmentAtGeneration(manifest);
        assertEquals("override", now.get("layer").asText());
        assertEquals(List.of(id), ids(now.get("entryIds")));
    }

    private JsonNode manifest() {
        return Devices.manifest(display.token()).expect(200).json();
    }

    private static JsonNode entry(JsonNode manifest, String id) {
        for (JsonNode e : manifest.get("entries")) {
            if (e.get("id").asText().equals(id)) {
                return e;
            }
        }
        throw new AssertionError("no entry " + id + " in " + manifest.get("entries"));
    }

    /** The segment of the manifest's timeline covering the moment the server built it. */
    private static JsonNode segmentAtGeneration(JsonNode manifest) {
        return covering(segments(manifest), Instant.parse(manifest.get("generatedAt").asText()));
    }

    private static JsonNode covering(List<JsonNode> segments, Instant at) {
        return segments.stream()
                .filter(s -> !Instant.parse(s.get("start").asText()).isAfter(at) && Instant.parse(s.get("end").asText()).isAfter(at))
                .findFirst().orElseThrow(() -> new AssertionError("no segment covers " + at + " in " + segments));
    }

    private static List<JsonNode> segments(JsonNode manifest) {
        List<JsonNode> list = new ArrayList<>();
        manifest.get("timeline").forEach(list::add);
        return list;
    }

    private static List<String> ids(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }

    private static Instant start(JsonNode play) {
        return Instant.parse(play.get("start").asText());
    }

    private static Instant end(JsonNode play) {
        return Instant.parse(play.get("end").asText());
    }
}
