package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.junit.jupiter.api.Test;

/** A schedule that cannot mean what its author thinks is refused with the field to fix, and nothing is stored. */
class ScheduleBadInputTest {
    private static final LocalDate MONDAY = LocalDate.parse("2027-02-01");
    // logging in costs a password hash: one admin session serves every test
    private static final Api admin = TestServer.admin();
    private final String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText();
    private final String playlist = Fixtures.welcomePlaylist(admin, "Здравейте");

    @Test
    void end_date_before_start_date_names_endDate() {
        JsonNode error = refusedCampaign(b -> {
            b.put("startDate", "2027-02-10");
            b.put("endDate", "2027-02-09");
        });
        assertEquals("endDate", error.get("field").asText());
    }

    @Test
    void daypart_ending_before_it_starts_names_its_end() {
        JsonNode error = refusedCampaign(b -> b.put("dayparts", List.of(daypart(List.of("MONDAY"), "10:00", "09:00"))));
        assertEquals("dayparts[0].end", error.get("field").asText());
    }

    @Test
    void overlapping_dayparts_name_the_later_one() {
        JsonNode error = refusedCampaign(b -> b.put("dayparts", List.of(
                daypart(List.of("MONDAY", "TUESDAY"), "09:00", "12:00"),
                daypart(List.of("TUESDAY"), "11:00", "13:00"))));
        assertEquals("dayparts[1]", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("dayparts[0]"), error.toString());
    }

    @Test
    void unknown_weekday_is_refused_naming_the_daypart() {
        JsonNode error = refusedCampaign(b -> b.put("dayparts", List.of(daypart(List.of("FUNDAY"), "09:00", "10:00"))));
        // Jackson's path for a value it cannot read, not the [i] notation of the schedule checks
        assertEquals("dayparts.0.days.0", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("FUNDAY"), error.toString());
    }

    @Test
    void daypart_that_vanishes_on_the_spring_forward_day_names_the_day_and_zone() {
        JsonNode error = refusedCampaign(b -> {
            b.put("startDate", "2027-03-22");
            b.put("endDate", "2027-04-04");
            b.put("dayparts", List.of(daypart(List.of("SUNDAY"), "03:00", "03:59")));
        });
        assertEquals("dayparts[0]", error.get("field").asText());
        String message = error.get("message").asText();
        assertTrue(message.contains("2027-03-28") && message.contains("Europe/Sofia"), message);
    }

    @Test
    void the_same_daypart_is_accepted_when_the_spring_forward_day_is_an_exception() {
        long before = campaigns();
        Map<String, Object> body = body();
        body.put("startDate", "2027-03-22");
        body.put("endDate", "2027-04-04");
        body.put("dayparts", List.of(daypart(List.of("SUNDAY"), "03:00", "03:59")));
        body.put("exceptions", List.of("2027-03-28"));
        JsonNode created = admin.post("/api/v1/campaigns", body).expect(201).json();
        assertEquals("2027-03-28", created.get("exceptions").get(0).asText());
        assertEquals(before + 1, campaigns());
    }

    @Test
    void weight_zero_names_weight() {
        assertEquals("weight", refusedCampaign(b -> b.put("weight", 0)).get("field").asText());
    }

    @Test
    void frequency_cap_zero_names_maxPlaysPerHour() {
        assertEquals("maxPlaysPerHour", refusedCampaign(b -> b.put("maxPlaysPerHour", 0)).get("field").asText());
    }

    @Test
    void content_for_an_unknown_display_class_names_that_class() {
        JsonNode error = refusedCampaign(b -> b.put("contentByClass", Map.of("xyz", playlist)));
        assertEquals("contentByClass.xyz", error.get("field").asText());
        assertTrue(error.get("message").asText().contains("hd-landscape"), "lists the classes there are: " + error);
    }

    @Test
    void store_in_an_unknown_time_zone_names_timeZone() {
        long before = Fixtures.total(admin, "/api/v1/stores");
        JsonNode error = admin.post("/api/v1/stores", Map.of("name", Fixtures.unique("Store"), "timeZone", "Mars/Base",
                "languages", List.of("en"), "locale", "en-US", "currency", "USD")).expect(400).json();
        assertEquals("timeZone", error.get("field").asText());
        assertEquals(before, Fixtures.total(admin, "/api/v1/stores"));
    }

    @Test
    void emergency_ending_before_it_starts_names_endsAt() {
        String name = Fixtures.unique("Flood");
        Instant start = Instant.now().plus(1, ChronoUnit.HOURS);
        JsonNode error = admin.post("/api/v1/emergencies", Map.of("name", name, "playlistId", playlist,
                "regions", List.of(Fixtures.unique("region")), "startsAt", start.toString(),
                "endsAt", start.minus(30, ChronoUnit.MINUTES).toString())).expect(400).json();
        assertEquals("endsAt", error.get("field").asText());
        assertTrue(names("/api/v1/emergencies").stream().noneMatch(name::equals), "nothing stored");
    }

    @Test
    void override_without_a_store_names_storeId() {
        String name = Fixtures.unique("Closing early");
        JsonNode error = admin.post("/api/v1/overrides", Map.of("name", name, "playlistId", playlist)).expect(400).json();
        assertEquals("storeId", error.get("field").asText());
        assertTrue(names("/api/v1/overrides").stream().noneMatch(name::equals), "nothing stored");
    }

    @Test
    void marketing_may_not_start_an_emergency() {
        Api marketing = Fixtures.user(admin, "marketing", List.of());
        String region = Fixtures.unique("region");
        Fixtures.storeInRegion(admin, region, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR");
        String name = Fixtures.unique("Not theirs to call");
        JsonNode error = marketing.post("/api/v1/emergencies", Map.of("name", name, "playlistId", playlist,
                "regions", List.of(region))).expect(403).json();
        assertEquals("forbidden", error.get("error").asText());
        assertTrue(names("/api/v1/emergencies").stream().noneMatch(name::equals), "nothing stored");
    }

    /** Posts the base campaign changed by {@code change}, expects 400 and checks no campaign was stored. */
    private JsonNode refusedCampaign(Consumer<Map<String, Object>> change) {
        long before = campaigns();
        Map<String, Object> body = body();
        change.accept(body);
        JsonNode error = admin.post("/api/v1/campaigns", body).expect(400).json();
        assertEquals("invalid", error.get("error").asText());
        assertEquals(before, campaigns(), "nothing stored");
        return error;
    }

    private Map<String, Object> body() {
        return Fixtures.campaignBody(playlist, MONDAY, MONDAY.plusDays(13), store);
    }

    private static Map<String, Object> daypart(List<String> days, String start, String end) {
        return Map.of("days", days, "start", start, "end", end);
    }

    private long campaigns() {
        return Fixtures.total(admin, "/api/v1/campaigns");
    }

    private List<String> names(String path) {
        List<String> names = new java.util.ArrayList<>();
        admin.get(path).expect(200).json().get("items").forEach(i -> names.add(i.get("name").asText()));
        return names;
    }
}
