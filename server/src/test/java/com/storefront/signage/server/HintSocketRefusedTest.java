package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Without its hint socket a player loses nothing but speed: it plays on and polls. */
class HintSocketRefusedTest {
    @TempDir
    Path dir;

    @Test
    void a_player_whose_socket_is_refused_keeps_playing_and_picks_up_edits_by_polling() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Asia/Kolkata", List.of("en"), "en-IN", "INR").get("id").asText();
        String before = Fixtures.slide(admin, "welcome", Map.of("greeting", "Namaste")).get("id").asText();
        String after = Fixtures.slide(admin, "welcome", Map.of("greeting", "Swagat")).get("id").asText();
        LocalDate today = LocalDate.now();
        Map<String, Object> body = Fixtures.campaignBody(Fixtures.playlist(admin, before, 10_000).get("id").asText(),
                today.minusDays(1), today.plusDays(2), store);
        String campaign = Fixtures.approvedCampaign(admin, body).get("id").asText();

        try (UpgradeRefusingProxy proxy = new UpgradeRefusingProxy(TestServer.baseUrl());
             PairedPlayer player = PairedPlayer.start(proxy.baseUrl(), dir, Duration.ofSeconds(1), admin, store)) {
            player.awaitSlide(before, Duration.ofSeconds(30));
            HintRecorder.await(() -> proxy.refusedUpgrades.get() >= 1, Duration.ofSeconds(10), "the player trying its socket");

            body.put("playlistId", Fixtures.playlist(admin, after, 10_000).get("id").asText());
            admin.put("/api/v1/campaigns/" + campaign, body).expect(200);

            player.awaitSlide(after, Duration.ofSeconds(15));
            assertTrue(proxy.refusedUpgrades.get() >= 1, "every upgrade was refused, yet the edit reached the screen");
        }
    }
}
