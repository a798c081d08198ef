package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** "Where and when will it play" and "what will this display show", answered from the real schedule. */
class ReachAndTimelineTest {
    private static final String ZONE = "Europe/Sofia";
    // logging in costs a password hash: one admin session serves every test
    private static final Api admin = TestServer.admin();
    private final String store = Fixtures.store(admin, ZONE, List.of("bg"), "bg-BG", "EUR").get("id").asText();
    private final String playlist = Fixtures.welcomePlaylist(admin, "Здравейте");
    private final LocalDate today = LocalDate.now(ZoneId.of(ZONE));

    @Test
    void campaign_for_a_store_without_displays_warns_NO_MATCHING_DISPLAY() {
        String id = draft(Fixtures.campaignBody(playlist, today, today.plusDays(2), store));
        JsonNode report = reach(id);
        assertTrue(codes(report).contains("NO_MATCHING_DISPLAY"), report.toString());
        assertEquals(0, report.get("displays").size());
    }

    @Test
    void draft_warns_NOT_APPROVED_and_shows_where_it_would_play() {
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
        String id = draft(Fixtures.campaignBody(playlist, today.minusDays(1), today.plusDays(2), store));
        JsonNode report = reach(id);
        assertEquals("draft", report.get("status").asText());
        assertEquals(List.of("NOT_APPROVED"), codes(report));
        assertEquals(1, report.get("displays").size());
        JsonNode reached = report.get("displays").get(0);
        assertEquals(display.displayId(), reached.get("displayId").asText());
        assertEquals(1, reached.get("items").asInt());
        // all day until the end of its last local date, alone on the screen
        JsonNode playing = reached.get("playing");
        assertEquals(1, playing.size(), playing.toString());
        assertEquals(report.get("from").asText(), playing.get(0).get("start").asText());
        assertEquals(today.plusDays(3).atStartOfDay(ZoneId.of(ZONE)).toInstant(), Instant.parse(playing.get(0).get("end").asText()));
        assertEquals(1.0, playing.get(0).get("share").asDouble());
    }

    @Test
    void dayparts_that_never_fall_in_its_dates_warn_NEVER_SCHEDULED() {
        Devices.pair(admin, store, "hd-landscape", "entrance");
        LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));
        Map<String, Object> body = Fixtures.campaignBody(playlist, monday, monday.plusDays(4), store);
        body.put("dayparts", List.of(Map.of("days", List.of("SATURDAY"), "start", "09:00", "end", "17:00")));
        JsonNode report = reach(draft(body));
        assertTrue(codes(report).contains("NEVER_SCHEDULED"), report.toString());
        assertEquals(0, report.get("displays").get(0).get("scheduledMinutes").asLong());
    }

    @Test
    void campaign_under_a_higher_priority_one_warns_FULLY_SHADOWED_naming_it() {
        Devices.pair(admin, store, "hd-landscape", "entrance");
        Map<String, Object> high = Fixtures.campaignBody(playlist, today.minusDays(1), today.plusDays(8), store);
        high.put("priority", 50);
        Fixtures.approvedCampaign(admin, high);
        Map<String, Object> low = Fixtures.campaignBody(playlist, today.minusDays(1), today.plusDays(8), store);
        low.put("priority", 1);
        JsonNode report = reach(draft(low));
        assertTrue(codes(report).contains("FULLY_SHADOWED"), report.toString());
        assertTrue(warning(report, "FULLY_SHADOWED").contains((String) high.get("name")), report.toString());
        JsonNode reached = report.get("displays").get(0);
        assertEquals(List.of((String) high.get("name")), strings(reached.get("shadowedBy")));
        assertEquals(0, reached.get("playingMinutes").asLong());
        assertTrue(reached.get("scheduledMinutes").asLong() > 0);
    }

    @Test
    void slide_not_complete_in_the_stores_languages_warns_EMPTY_CONTENT() {
        Devices.pair(admin, store, "hd-landscape", "entrance");
        String germanOnly = Fixtures.welcomePlaylist(admin, Map.of("de", "Willkommen"));
        JsonNode report = reach(draft(Fixtures.campaignBody(germanOnly, today, today.plusDays(2), store)));
        assertTrue(codes(report).contains("EMPTY_CONTENT"), report.toString());
        assertTrue(warning(report, "EMPTY_CONTENT").contains("hd-landscape"), report.toString());
        assertEquals(0, report.get("displays").get(0).get("items").asInt());
    }

    @Test
    void store_manager_sees_the_reach_of_their_stores_campaigns_only() {
        String otherStore = Fixtures.store(admin, ZONE, List.of("bg"), "bg-BG", "EUR").get("id").asText();
        String theirs = draft(Fixtures.campaignBody(playlist, today, today.plusDays(2), store));
        String notTheirs = draft(Fixtures.campaignBody(playlist, today, today.plusDays(2), otherStore));
        Api manager = Fixtures.user(admin, "store_manager", List.of(store));
        manager.get("/api/v1/campaigns/" + theirs + "/reach").expect(200);
        // like the campaign itself and its history, another store's campaign stays private
        manager.get("/api/v1/campaigns/" + notTheirs).expect(403);
        JsonNode error = manager.get("/api/v1/campaigns/" + notTheirs + "/reach").expect(403).json();
        assertEquals("forbidden", error.get("error").asText());
    }

    @Test
    void daypart_campaign_takes_the_screen_from_the_default_loop_at_the_exact_wall_clock_times() {
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
        // a fixed winter Wednesday: Sofia is UTC+2, so 10:00-12:00 local is 08:00-10:00 UTC
        Map<String, Object> body = Fixtures.campaignBody(playlist, LocalDate.parse("2027-01-11"), LocalDate.parse("2027-01-17"), store);
        body.put("dayparts", List.of(Map.of("days", List.of("WEDNESDAY"), "start", "10:00", "end", "12:00")));
        String campaign = Fixtures.approvedCampaign(admin, body).get("id").asText();

        JsonNode organisation = admin.get("/api/v1/organisation").expect(200).json();
        setDefaultPlaylist(organisation, Fixtures.welcomePlaylist(admin, "Добре дошли"));
        JsonNode view;
        try {
            view = admin.get("/api/v1/displays/" + display.displayId() + "/timeline?from=2027-01-13T06:00:00Z&to=2027-01-13T12:00:00Z")
                    .expect(200).json();
        } finally {
            // the default loop is organisation-wide: put it back before another test sees it
            setDefaultPlaylist(organisation, organisation.get("defaultPlaylistId").textValue());
        }
        List<JsonNode> segments = new ArrayList<>();
        view.get("segments").forEach(segments::add);
        assertEquals(List.of("default", "campaign", "default"), segments.stream().map(s -> s.get("layer").asText()).toList());
        assertEquals(List.of("2027-01-13T06:00:00Z", "2027-01-13T08:00:00Z", "2027-01-13T10:00:00Z"),
                segments.stream().map(s -> Instant.parse(s.get("start").asText()).toString()).toList());
        assertEquals(List.of("2027-01-13T08:00:00Z", "2027-01-13T10:00:00Z", "2027-01-13T12:00:00Z"),
                segments.stream().map(s -> Instant.parse(s.get("end").asText()).toString()).toList());
        List<String> during = new ArrayList<>();
        segments.get(1).get("entries").forEach(e -> during.add(e.get("id").asText()));
        assertEquals(List.of(campaign, "default"), during, "the campaign, with the default loop as its fallback");
    }

    @Test
    void daypart_across_the_spring_forward_jump_plays_one_hour_not_two() {
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
        // Sofia, 2027-03-28: 03:00 EET becomes 04:00 EEST, so 02:30-04:30 local is 00:30-01:30 UTC
        Map<String, Object> body = Fixtures.campaignBody(playlist, LocalDate.parse("2027-03-22"), LocalDate.parse("2027-04-04"), store);
        body.put("dayparts", List.of(Map.of("days", List.of("SUNDAY"), "start", "02:30", "end", "04:30")));
        String campaign = Fixtures.approvedCampaign(admin, body).get("id").asText();
        JsonNode view = admin.get("/api/v1/displays/" + display.displayId() + "/timeline?from=2027-03-27T22:00:00Z&to=2027-03-28T04:00:00Z")
                .expect(200).json();
        assertEquals(1, view.get("segments").size(), view.get("segments").toString());
        JsonNode segment = view.get("segments").get(0);
        assertEquals(campaign, segment.get("entries").get(0).get("id").asText());
        assertEquals(Instant.parse("2027-03-28T00:30:00Z"), Instant.parse(segment.get("start").asText()));
        assertEquals(Instant.parse("2027-03-28T01:30:00Z"), Instant.parse(segment.get("end").asText()));
    }

    @Test
    void timeline_window_longer_than_eight_days_names_to() {
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
        JsonNode error = admin.get("/api/v1/displays/" + display.displayId()
                + "/timeline?from=2027-01-01T00:00:00Z&to=2027-01-09T00:00:01Z").expect(400).json();
        assertEquals("to", error.get("field").asText());
    }

    @Test
    void timeline_with_an_unreadable_instant_names_from() {
        Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
        JsonNode error = admin.get("/api/v1/displays/" + display.displayId() + "/timeline?from=tomorrow").expect(400).json();
        assertEquals("from", error.get("field").asText());
    }

    private String draft(Map<String, Object> body) {
        return admin.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
    }

    private JsonNode reach(String campaignId) {
        return admin.get("/api/v1/campaigns/" + campaignId + "/reach").expect(200).json();
    }

    private void setDefaultPlaylist(JsonNode organisation, String playlistId) {
        Map<String, Object> update = new HashMap<>();
        update.put("name", organisation.get("name").asText());
        update.put("defaultPlaylistId", playlistId);
        admin.put("/api/v1/organisation", update).expect(200);
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    private static String warning(JsonNode report, String code) {
        for (JsonNode w : report.get("warnings")) {
            if (w.get("code").asText().equals(code)) {
                return w.get("message").asText();
            }
        }
        throw new AssertionError("no " + code + " in " + report.get("warnings"));
    }

    private static List<String> strings(JsonNode array) {
        List<String> list = new ArrayList<>();
        array.forEach(n -> list.add(n.asText()));
        return list;
    }
}
