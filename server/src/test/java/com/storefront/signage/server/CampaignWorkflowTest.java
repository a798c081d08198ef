package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The approval workflow as marketing and admins live it, checked against what a paired player is sent. */
class CampaignWorkflowTest {
    private static final String ZONE = "Europe/Sofia";
    // logging in costs a password hash: one admin and one marketer serve every test
    private static Api admin;
    private static Api marketing;
    private final String store = Fixtures.store(admin, ZONE, List.of("bg"), "bg-BG", "EUR").get("id").asText();
    private final Devices.Paired display = Devices.pair(admin, store, "hd-landscape", "entrance");
    private final String playlist = Fixtures.welcomePlaylist(admin, "Здравейте");
    private final Map<String, Object> body = Fixtures.campaignBody(playlist, today().minusDays(1), today().plusDays(1), store);

    @BeforeAll
    static void logIn() {
        admin = TestServer.admin();
        marketing = Fixtures.user(admin, "marketing", List.of());
    }

    @Test
    void new_campaign_is_a_draft_and_does_not_reach_the_player() {
        JsonNode created = marketing.post("/api/v1/campaigns", body).expect(201).json();
        assertEquals("draft", created.get("status").asText());
        assertEquals(1, created.get("revision").asInt());
        assertFalse(onScreen(created.get("id").asText()), "a draft is not sent to players");
    }

    @Test
    void marketing_submits_but_only_an_admin_approves_and_then_it_plays() {
        String id = marketing.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
        assertEquals("submitted", transition(marketing, id, "submit").expect(200).json().get("status").asText());
        assertFalse(onScreen(id), "a submitted campaign is not approved yet");

        JsonNode refused = transition(marketing, id, "approve").expect(403).json();
        assertEquals("forbidden", refused.get("error").asText());
        assertEquals("submitted", status(id), "a refused approval changes nothing");

        assertEquals("approved", transition(admin, id, "approve").expect(200).json().get("status").asText());
        assertTrue(onScreen(id));
    }

    @Test
    void pause_takes_it_off_screen_resume_brings_it_back_and_end_is_final() {
        String id = Fixtures.approvedCampaign(admin, body).get("id").asText();
        assertTrue(onScreen(id));

        assertEquals("paused", transition(marketing, id, "pause").expect(200).json().get("status").asText());
        assertFalse(onScreen(id), "paused");
        assertEquals("approved", transition(marketing, id, "resume").expect(200).json().get("status").asText());
        assertTrue(onScreen(id), "resumed");
        assertEquals("ended", transition(marketing, id, "end").expect(200).json().get("status").asText());
        assertFalse(onScreen(id), "ended");

        JsonNode refused = admin.put("/api/v1/campaigns/" + id, renamed()).expect(409).json();
        assertEquals("status", refused.get("field").asText());
        assertEquals("ended", status(id));
        assertEquals(body.get("name"), admin.get("/api/v1/campaigns/" + id).json().get("name").asText(), "not renamed");
    }

    @Test
    void marketing_edit_of_an_approved_campaign_sends_it_back_to_draft_and_off_screen() {
        String id = Fixtures.approvedCampaign(admin, body).get("id").asText();
        assertTrue(onScreen(id));

        JsonNode edited = marketing.put("/api/v1/campaigns/" + id, renamed()).expect(200).json();
        assertEquals("draft", edited.get("status").asText());
        assertFalse(onScreen(id), "an unapproved edit must not reach a screen");
        JsonNode latest = admin.get("/api/v1/campaigns/" + id + "/history").expect(200).json().get("items").get(0);
        assertEquals("updated", latest.get("action").asText());
        assertTrue(latest.get("note").asText().contains("back to draft"), latest.toString());
    }

    @Test
    void admin_edit_of_an_approved_campaign_keeps_it_approved_and_on_screen() {
        String id = Fixtures.approvedCampaign(admin, body).get("id").asText();
        Map<String, Object> edit = renamed();
        JsonNode edited = admin.put("/api/v1/campaigns/" + id, edit).expect(200).json();
        assertEquals("approved", edited.get("status").asText());
        assertEquals(edit.get("name"), edited.get("name").asText());
        assertTrue(onScreen(id));
        assertEquals(edit.get("name"), entry(id).get("name").asText(), "the player gets the edited campaign");
    }

    @Test
    void approving_a_draft_is_a_conflict_naming_action() {
        String id = admin.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
        JsonNode error = transition(admin, id, "approve").expect(409).json();
        assertEquals("conflict", error.get("error").asText());
        assertEquals("action", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("draft"), error.toString());
        assertEquals("draft", status(id));
        assertEquals(1, history(id).size(), "a refused transition writes no revision");
    }

    @Test
    void unknown_action_is_refused_naming_action() {
        String id = admin.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
        JsonNode error = transition(admin, id, "publish").expect(400).json();
        assertEquals("action", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("publish"), error.toString());
        assertEquals("draft", status(id));
    }

    @Test
    void history_lists_every_revision_newest_first_with_who_and_a_snapshot() {
        JsonNode me = admin.get("/api/v1/auth/me").expect(200).json();
        JsonNode marketer = marketing.get("/api/v1/auth/me").expect(200).json();
        String id = marketing.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
        transition(marketing, id, "submit").expect(200);
        transition(admin, id, "approve").expect(200);
        Map<String, Object> edit = renamed();
        admin.put("/api/v1/campaigns/" + id, edit).expect(200);

        List<JsonNode> items = history(id);
        assertEquals(List.of(4, 3, 2, 1), items.stream().map(r -> r.get("revision").asInt()).toList());
        assertEquals(List.of("updated", "approve", "submit", "created"), items.stream().map(r -> r.get("action").asText()).toList());
        assertEquals(List.of("approved", "approved", "submitted", "draft"), items.stream().map(r -> r.get("status").asText()).toList());
        assertEquals(List.of(me, me, marketer, marketer).stream().map(u -> u.get("userId").asText()).toList(),
                items.stream().map(r -> r.get("changedBy").asText()).toList());
        assertEquals(List.of(me, me, marketer, marketer).stream().map(u -> u.get("displayName").asText()).toList(),
                items.stream().map(r -> r.get("changedByName").asText()).toList());
        // each snapshot is the campaign as it was after that change
        assertEquals(edit.get("name"), items.get(0).get("snapshot").get("name").asText());
        assertEquals(body.get("name"), items.get(3).get("snapshot").get("name").asText());
        for (JsonNode r : items) {
            assertEquals(r.get("revision").asInt(), r.get("snapshot").get("revision").asInt());
            assertEquals(r.get("status").asText(), r.get("snapshot").get("status").asText());
            assertEquals(id, r.get("snapshot").get("id").asText());
        }
    }

    @Test
    void an_approved_campaign_cannot_be_deleted() {
        String id = Fixtures.approvedCampaign(admin, body).get("id").asText();
        long before = Fixtures.total(admin, "/api/v1/campaigns");
        JsonNode error = admin.delete("/api/v1/campaigns/" + id).expect(409).json();
        assertEquals("status", error.get("field").asText());
        assertEquals(before, Fixtures.total(admin, "/api/v1/campaigns"));
        assertEquals("approved", status(id));
        assertTrue(onScreen(id));
    }

    @Test
    void deleting_a_draft_removes_it_but_its_history_stays_readable() {
        String id = marketing.post("/api/v1/campaigns", body).expect(201).json().get("id").asText();
        long before = Fixtures.total(admin, "/api/v1/campaigns");
        assertEquals(204, marketing.delete("/api/v1/campaigns/" + id).status());
        assertEquals(before - 1, Fixtures.total(admin, "/api/v1/campaigns"));
        admin.get("/api/v1/campaigns/" + id).expect(404);

        // the history route reads the audit trail directly, not through the (deleted) campaign
        List<JsonNode> items = history(id);
        assertEquals(List.of("deleted", "created"), items.stream().map(r -> r.get("action").asText()).toList());
        assertEquals(List.of(2, 1), items.stream().map(r -> r.get("revision").asInt()).toList());
        assertEquals("ended", items.get(0).get("status").asText());
    }

    private Api.Response transition(Api api, String id, String action) {
        return api.post("/api/v1/campaigns/" + id + "/transitions", Map.of("action", action));
    }

    private String status(String id) {
        return admin.get("/api/v1/campaigns/" + id).expect(200).json().get("status").asText();
    }

    private List<JsonNode> history(String id) {
        List<JsonNode> items = new ArrayList<>();
        admin.get("/api/v1/campaigns/" + id + "/history").expect(200).json().get("items").forEach(items::add);
        return items;
    }

    private Map<String, Object> renamed() {
        Map<String, Object> edit = new java.util.HashMap<>(body);
        edit.put("name", Fixtures.unique("Renamed"));
        return edit;
    }

    private boolean onScreen(String campaignId) {
        return entry(campaignId) != null;
    }

    private JsonNode entry(String campaignId) {
        for (JsonNode e : Devices.manifest(display.token()).expect(200).json().get("entries")) {
            if (e.get("id").asText().equals(campaignId)) {
                assertEquals("campaign", e.get("layer").asText());
                return e;
            }
        }
        return null;
    }

    private static LocalDate today() {
        return LocalDate.now(ZoneId.of(ZONE));
    }
}
