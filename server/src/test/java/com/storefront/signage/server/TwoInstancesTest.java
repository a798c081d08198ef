package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Two server instances that share only PostgreSQL: an edit made on one reaches a player connected to the other. */
class TwoInstancesTest {
    // far longer than the test waits: only a hint can explain a player that changes its slide in time
    private static final Duration POLL = Duration.ofSeconds(120);

    @TempDir
    Path dir;

    @Test
    void an_edit_through_instance_a_reaches_the_player_on_instance_b_through_listen_notify() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/London", List.of("en"), "en-GB", "GBP").get("id").asText();
        String before = Fixtures.slide(admin, "welcome", Map.of("greeting", "Before")).get("id").asText();
        String after = Fixtures.slide(admin, "welcome", Map.of("greeting", "After")).get("id").asText();
        LocalDate today = LocalDate.now();
        Map<String, Object> body = Fixtures.campaignBody(Fixtures.playlist(admin, before, 10_000).get("id").asText(),
                today.minusDays(1), today.plusDays(2), store);
        JsonNode campaign = Fixtures.approvedCampaign(admin, body);

        try (SignageServer b = OtherInstance.start(0, Map.of());
             PairedPlayer onA = PairedPlayer.start(TestServer.baseUrl(), dir.resolve("a"), POLL, admin, store);
             PairedPlayer onB = PairedPlayer.start(OtherInstance.baseUrl(b), dir.resolve("b"), POLL, admin, store)) {
            onA.awaitSlide(before, Duration.ofSeconds(30));
            onB.awaitSlide(before, Duration.ofSeconds(30));
            HintRecorder.await(() -> SignageServer.await(b.hints().stats()).connections() == 1, Duration.ofSeconds(10),
                    "player B's socket on instance B");
            long hintsOnB = SignageServer.await(b.hints().stats()).hintsSent();

            body.put("playlistId", Fixtures.playlist(admin, after, 10_000).get("id").asText());
            long edited = System.nanoTime();
            admin.put("/api/v1/campaigns/" + campaign.get("id").asText(), body).expect(200);

            long[] shownAt = new long[2];
            HintRecorder.await(() -> {
                for (int i = 0; i < 2; i++) {
                    if (shownAt[i] == 0 && (i == 0 ? onA : onB).slideShown().filter(after::equals).isPresent()) {
                        shownAt[i] = System.nanoTime();
                    }
                }
                return shownAt[0] != 0 && shownAt[1] != 0;
            }, Duration.ofSeconds(10), "the edited campaign's new slide on both players");
            assertTrue(SignageServer.await(b.hints().stats()).hintsSent() > hintsOnB, "instance B hinted its player");
            System.out.printf("edit through A to the new slide on screen: player on A %d ms, player on B %d ms%n",
                    (shownAt[0] - edited) / 1_000_000, (shownAt[1] - edited) / 1_000_000);
        }
    }
}
