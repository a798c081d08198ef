package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.Player;
import com.storefront.signage.node.PlayerConfig;
import com.storefront.signage.node.play.PngDirectoryOutput;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A player whose own clock is wrong still plays what the schedule says for the server's now. */
class PlayerFollowsScheduleTest {
    private static final long THREE_HOURS_MS = Duration.ofHours(3).toMillis();
    @TempDir
    Path dir;

    @Test
    void player_three_hours_ahead_measures_its_skew_and_shows_the_campaign_of_the_servers_now() throws Exception {
        Api admin = TestServer.admin();
        ZoneId zone = zoneWithRoomForFiveHours();
        ZonedDateTime now = ZonedDateTime.now(zone).truncatedTo(ChronoUnit.MINUTES);
        LocalDate today = now.toLocalDate();
        String store = Fixtures.store(admin, zone.getId(), List.of("en"), "en-US", "USD").get("id").asText();
        String current = campaign(admin, store, today, now.toLocalTime(), now.toLocalTime().plusHours(1), "Now");
        String later = campaign(admin, store, today, now.toLocalTime().plusHours(3), now.toLocalTime().plusHours(4), "Later");

        Path out = dir.resolve("out");
        PlayerConfig config = new PlayerConfig(URI.create(TestServer.baseUrl()), dir.resolve("data"), out,
                DisplayClass.HD_LANDSCAPE, Duration.ofSeconds(1));
        Clock ahead = Clock.offset(Clock.systemUTC(), Duration.ofHours(3));
        try (Player player = new Player(config, SlideRenderer.fromClassPath(), new PngDirectoryOutput(out), ahead)) {
            player.start();
            String code = CampaignReachesPlayerTest.waitFor(player::pairingCode, Duration.ofSeconds(30), "a pairing code");
            String displayId = admin.post("/api/v1/pairing/claim", Map.of("code", code, "storeId", store, "name", "Skewed screen",
                    "zone", "entrance", "displayClass", "hd-landscape")).expect(201).json().get("id").asText();

            // the premise: the server's schedule does have the other campaign at the player's (wrong) now
            Instant threeHoursOn = Instant.now().plus(Duration.ofHours(3));
            JsonNode then = admin.get("/api/v1/displays/" + displayId + "/timeline?from=" + threeHoursOn + "&to="
                    + threeHoursOn.plusSeconds(60)).expect(200).json();
            assertEquals(later, then.get("segments").get(0).get("entries").get(0).get("id").asText());

            Set<String> shown = new LinkedHashSet<>();
            CampaignReachesPlayerTest.waitFor(() -> campaignShown(out, shown).filter(current::equals),
                    Duration.ofSeconds(30), "the frame of the campaign active now");

            assertEquals(Set.of(current, later), player.manifest().orElseThrow().entries().stream()
                    .map(e -> e.id()).collect(java.util.stream.Collectors.toSet()), "the player holds both campaigns");
            long skew = player.clockSkewMs().orElseThrow();
            assertTrue(Math.abs(skew - THREE_HOURS_MS) <= 5000, "player measured " + skew + " ms");
            long reported = CampaignReachesPlayerTest.waitFor(() -> Optional.ofNullable(
                    admin.get("/api/v1/displays/" + displayId).expect(200).json().get("clockSkewMs")).filter(JsonNode::isNumber)
                    .map(JsonNode::asLong), Duration.ofSeconds(10), "the skew reported to the server");
            assertTrue(Math.abs(reported - THREE_HOURS_MS) <= 5000, "display shows " + reported + " ms");

            // a moment more on screen: still the campaign of the server's now
            long until = System.nanoTime() + Duration.ofSeconds(2).toNanos();
            while (System.nanoTime() < until) {
                campaignShown(out, shown);
                Thread.sleep(100);
            }
            assertFalse(shown.contains(later), "showed the campaign of its own (wrong) clock: " + shown);
            assertTrue(shown.stream().allMatch(current::equals), "frames shown: " + shown);
        }
    }

    /** A zone whose next five hours are daytime with no clock change, so the dayparts below fit in today. */
    private static ZoneId zoneWithRoomForFiveHours() {
        return ClearZones.now(LocalTime.of(6, 0), LocalTime.of(17, 0), Duration.ofHours(5));
    }

    private static String campaign(Api admin, String store, LocalDate day, LocalTime start, LocalTime end, String greeting) {
        Map<String, Object> body = Fixtures.campaignBody(Fixtures.welcomePlaylist(admin, greeting), day, day, store);
        body.put("dayparts", List.of(Map.of("days", List.of(day.getDayOfWeek().name()), "start", start.toString(), "end", end.toString())));
        return Fixtures.approvedCampaign(admin, body).get("id").asText();
    }

    /** The campaign of the frame on screen, if it is a campaign's; every one seen is added to {@code shown}. */
    private static Optional<String> campaignShown(Path out, Set<String> shown) {
        try {
            Path info = out.resolve("current.json");
            if (!Files.exists(info)) {
                return Optional.empty();
            }
            JsonNode frame = ProtocolJson.mapper().readTree(Files.readAllBytes(info));
            Optional<String> campaign = Optional.ofNullable(frame.path("campaignId").textValue());
            campaign.ifPresent(shown::add);
            return campaign;
        } catch (Exception e) {
            return Optional.empty();
        }
    }
}
