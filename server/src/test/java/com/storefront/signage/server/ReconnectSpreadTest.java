package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.node.sync.ReconnectBackoff;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/**
 * A server restart drops every hint socket at once; full-jitter backoff must spread the players'
 * returns instead of bringing them back in the same instant. Prints the spread it measured.
 */
class ReconnectSpreadTest {
    private static final int PLAYERS = 200;

    @Test
    void after_a_restart_players_come_back_spread_out_each_within_its_backoff_window() throws Exception {
        Api admin = TestServer.admin();
        String store = Fixtures.store(admin, "Europe/Berlin", List.of("de"), "de-DE", "EUR").get("id").asText();
        List<String> tokens = new ArrayList<>();
        for (int i = 0; i < PLAYERS; i++) {
            tokens.add(Devices.pair(admin, store, "eink-bwr-label", "aisle").token());
        }
        int port = OtherInstance.freePort();
        List<HintRecorder> channels = new ArrayList<>();
        SplittableRandom seeds = new SplittableRandom(6);
        SignageServer server = OtherInstance.start(port, Map.of());
        try {
            for (String token : tokens) {
                HintRecorder r = new HintRecorder(OtherInstance.baseUrl(server), ReconnectBackoff.standard(seeds.split()),
                        Duration.ofMillis(500));
                channels.add(r);
                r.channel.open(token);
            }
            HintRecorder.await(() -> channels.stream().allMatch(c -> c.hints.size() == 1), Duration.ofSeconds(30),
                    "every channel's first hint");
            Thread.sleep(600); // every connection has now stayed up long enough to count as stable

            long down = System.nanoTime();
            server.close();
            server = OtherInstance.start(port, Map.of());
            long back = System.nanoTime();
            HintRecorder.await(() -> channels.stream().allMatch(c -> c.opens.size() == 2 && c.hints.size() == 2),
                    Duration.ofSeconds(90), "every channel back with the current version");

            List<Long> returns = new ArrayList<>();
            channels.forEach(c -> returns.add((c.opens.get(1) - down) / 1_000_000));
            Collections.sort(returns);
            int busiestSecond = busiest(returns, 1000);
            int busiest100 = busiest(returns, 100);
            System.out.printf("reconnect spread of %d hint channels after a restart (server down %d ms):%n"
                            + "  first %d ms, median %d ms, p90 %d ms, last %d ms after the drop%n"
                            + "  busiest second: %d of %d (%.0f%%), busiest 100 ms: %d%n",
                    PLAYERS, (back - down) / 1_000_000, returns.get(0), returns.get(PLAYERS / 2), returns.get(PLAYERS * 9 / 10),
                    returns.get(PLAYERS - 1), busiestSecond, PLAYERS, 100.0 * busiestSecond / PLAYERS, busiest100);

            assertTrue(busiest100 < PLAYERS, "not everyone returned within the same 100 ms");
            for (HintRecorder c : channels) {
                assertEquals(0, c.retries.get(0).attempt(), "the drop of a stable connection starts the backoff afresh");
                for (HintRecorder.Retry retry : c.retries) {
                    long window = ReconnectBackoff.standard().ceilingMillis(retry.attempt());
                    assertTrue(retry.delayMillis() >= 0 && retry.delayMillis() <= window,
                            "retry " + retry.attempt() + " waited " + retry.delayMillis() + " ms, window " + window + " ms");
                }
            }
        } finally {
            channels.forEach(HintRecorder::close);
            server.close();
        }
    }

    /** The most returns within any window of {@code windowMs}, sliding over the sorted times. */
    private static int busiest(List<Long> sorted, long windowMs) {
        int best = 0;
        int from = 0;
        for (int to = 0; to < sorted.size(); to++) {
            while (sorted.get(to) - sorted.get(from) >= windowMs) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }
}
