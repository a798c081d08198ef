package com.storefront.signage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.ManifestHint;
import com.storefront.signage.node.sync.HintChannel;
import com.storefront.signage.node.sync.ReconnectBackoff;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledExecutorService;
import java.util.function.Predicate;

/**
 * Push to a fleet of hint channels (the player's {@link HintChannel}, without the rest of the
 * player) connected to a real server in a child JVM on embedded PostgreSQL: server heap per idle
 * socket, change-to-hint latency for a campaign edit (one store's displays) and for a change of
 * the default loop (every display), and how the fleet returns after a server restart with the
 * players' standard full-jitter backoff. Prints one table.
 */
final class PushBench {
    private static final String PASSWORD = "push-bench-admin-password";

    private PushBench() {
    }

    public static void main(String[] args) throws Exception {
        int players = option(args, "--players", 1000);
        int stores = option(args, "--stores", 20);
        Path data = Files.createTempDirectory("signage-push-bench");
        int port = freePort();
        List<Channel> fleet = new ArrayList<>();
        ScheduledExecutorService timer = Executors.newScheduledThreadPool(2, daemon());
        HttpClient http = HttpClient.newHttpClient();
        ServerProcess server = ServerProcess.start(port, data, PASSWORD, "1g");
        Table table = new Table("measure", "value", "note");
        try {
            String base = "http://127.0.0.1:" + port;
            BenchApi admin = PushBench.admin(base, PASSWORD);
            List<String> storeIds = PushBench.stores(admin, stores);
            String loop = playlist(admin, "Welcome");
            admin.put("/api/v1/organisation", Map.of("name", "Push bench", "defaultPlaylistId", loop));
            LocalDate today = LocalDate.now();
            Map<String, Object> campaign = new java.util.HashMap<>(Map.of("name", "Store 0 promotion", "playlistId", playlist(admin, "Before"),
                    "startDate", today.minusDays(1).toString(), "endDate", today.plusDays(7).toString(), "priority", 5,
                    "targets", Map.of("storeIds", List.of(storeIds.get(0)))));
            String campaignId = admin.post("/api/v1/campaigns", campaign).get("id").asText();
            admin.post("/api/v1/campaigns/" + campaignId + "/transitions", Map.of("action", "submit"));
            admin.post("/api/v1/campaigns/" + campaignId + "/transitions", Map.of("action", "approve"));

            long pairStart = System.nanoTime();
            List<String[]> paired = pair(base, admin, storeIds, players);
            System.out.printf("paired %d displays in %.1f s%n", players, (System.nanoTime() - pairStart) / 1e9);

            long[] idle = server.heap();
            long connectStart = System.nanoTime();
            for (String[] device : paired) {
                Channel c = new Channel(device[1]);
                c.channel = HintChannel.forPlayer(URI.create(base), http, timer, c);
                fleet.add(c);
                c.channel.open(device[0]);
            }
            await(fleet, c -> c.hints.size() >= 1, Duration.ofMinutes(5), "channels");
            double connectSeconds = (System.nanoTime() - connectStart) / 1e9;
            long[] busy = server.heap();
            table.row("fleet", players + " sockets, " + stores + " stores", "every display has the default loop; one campaign in store 0");
            table.row("connect all at once", String.format("%.1f s", connectSeconds), "all opened together, each told its version");
            table.row("server heap per idle socket", String.format("%.1f KiB", (busy[0] - idle[0]) / 1024.0 / players),
                    "heap after full GC with " + busy[1] + " sockets minus before any (target < 16 KiB)");

            // an edit of the store 0 campaign reaches that store's displays and no others
            List<Channel> storeZero = fleet.stream().filter(c -> c.storeId.equals(storeIds.get(0))).toList();
            fleet.forEach(Channel::mark);
            campaign.put("playlistId", playlist(admin, "After"));
            long edited = System.nanoTime();
            admin.put("/api/v1/campaigns/" + campaignId, campaign);
            await(storeZero, c -> c.hints.size() > c.marked, Duration.ofMinutes(2), "channels");
            Thread.sleep(2000);
            long strays = fleet.stream().filter(c -> !storeZero.contains(c) && c.hints.size() > c.marked).count();
            table.row("campaign edit -> hinted p50 / p99 / max", latencies(storeZero, edited),
                    storeZero.size() + " displays of store 0 hinted; " + strays + " other displays hinted (should be 0)");

            fleet.forEach(Channel::mark);
            edited = System.nanoTime();
            admin.put("/api/v1/organisation", Map.of("name", "Push bench", "defaultPlaylistId", playlist(admin, "Welcome again")));
            await(fleet, c -> c.hints.size() > c.marked, Duration.ofMinutes(5), "channels");
            table.row("default loop edit -> hinted p50 / p99 / max", latencies(fleet, edited), "all " + players + " displays");

            fleet.forEach(Channel::mark);
            long down = System.nanoTime();
            server.close();
            server = ServerProcess.start(port, data, PASSWORD, "1g");
            long back = System.nanoTime();
            await(fleet, c -> c.opens.size() >= 2 && c.hints.size() > c.marked, Duration.ofMinutes(5), "channels");
            long[] returns = fleet.stream().mapToLong(c -> (c.opens.get(1) - down) / 1_000_000).sorted().toArray();
            int second = busiest(returns, 1000);
            table.row("restart: server away", String.format("%.1f s", (back - down) / 1e9), "graceful stop, then a new JVM and PostgreSQL");
            table.row("restart: sockets back after (first / p50 / p90 / last)", String.format("%.1f / %.1f / %.1f / %.1f s",
                    returns[0] / 1e3, returns[returns.length / 2] / 1e3, returns[returns.length * 9 / 10] / 1e3,
                    returns[returns.length - 1] / 1e3), "counted from the moment the server began to stop");
            table.row("restart: busiest second", second + " of " + players + String.format(" (%.0f%%)", 100.0 * second / players),
                    "busiest 100 ms: " + busiest(returns, 100) + "; backoff 0..min(60 s, 10 s * 2^n), full jitter");
            System.out.println();
            System.out.print(table.render());
        } finally {
            fleet.forEach(c -> c.channel.close());
            timer.shutdownNow();
            server.close();
            TempDirs.delete(data);
        }
    }

    /** Pairs displays through the real flow, spread over the stores, a few at a time; returns token and store of each. */
    static List<String[]> pair(String base, BenchApi admin, List<String> storeIds, int count) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<String[]>> futures = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String store = storeIds.get(i % storeIds.size());
                futures.add(pool.submit(() -> {
                    BenchApi device = new BenchApi(base);
                    JsonNode ticket = device.post("/api/v1/pairing", Map.of("displayClass", "hd-landscape", "playerVersion", "bench"));
                    admin.post("/api/v1/pairing/claim", Map.of("code", ticket.get("code").asText(), "storeId", store,
                            "name", "Screen " + ticket.get("pairingId").asText(), "zone", "entrance"));
                    JsonNode status = device.send("GET", "/api/v1/pairing/" + ticket.get("pairingId").asText(), null,
                            Map.of("Authorization", "Bearer " + ticket.get("secret").asText()));
                    return new String[] {status.get("deviceToken").asText(), store};
                }));
            }
            List<String[]> out = new ArrayList<>();
            for (Future<String[]> f : futures) {
                out.add(f.get());
            }
            return out;
        } finally {
            pool.shutdownNow();
        }
    }

    /** The bench server's admin, logged in. */
    static BenchApi admin(String base, String password) throws IOException {
        BenchApi admin = new BenchApi(base);
        admin.post("/api/v1/auth/login", Map.of("email", "admin@example.com", "password", password));
        return admin;
    }

    /** {@code count} stores in one zone, spread over four regions. */
    static List<String> stores(BenchApi admin, int count) throws IOException {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            ids.add(admin.post("/api/v1/stores", Map.of("name", "Store " + i, "timeZone", "Europe/Sofia", "region", "r" + i % 4,
                    "languages", List.of("en"), "locale", "en-US", "currency", "EUR")).get("id").asText());
        }
        return ids;
    }

    static String playlist(BenchApi admin, String greeting) throws IOException {
        String slide = admin.post("/api/v1/slides", Map.of("name", greeting, "templateId", "welcome",
                "fields", Map.of("greeting", greeting))).get("id").asText();
        return admin.post("/api/v1/playlists", Map.of("name", greeting + " loop",
                "items", List.of(Map.of("slideId", slide, "durationMs", 10_000)))).get("id").asText();
    }

    private static String latencies(List<Channel> channels, long since) {
        long[] nanos = channels.stream().mapToLong(c -> c.hints.get(c.marked) - since).sorted().toArray();
        return String.format("%.0f / %.0f / %.0f ms", nanos[nanos.length / 2] / 1e6,
                nanos[Math.max(0, (int) Math.ceil(nanos.length * 0.99) - 1)] / 1e6, nanos[nanos.length - 1] / 1e6);
    }

    private static int busiest(long[] sortedMillis, long windowMs) {
        int best = 0;
        int from = 0;
        for (int to = 0; to < sortedMillis.length; to++) {
            while (sortedMillis[to] - sortedMillis[from] >= windowMs) {
                from++;
            }
            best = Math.max(best, to - from + 1);
        }
        return best;
    }

    /** Waits until every item is done, naming how many of what are not when the time runs out. */
    static <T> void await(List<T> items, Predicate<T> done, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!items.stream().allMatch(done)) {
            if (System.nanoTime() > deadline) {
                throw new IllegalStateException("timed out: " + items.stream().filter(done.negate()).count() + " of "
                        + items.size() + " " + what + " not there yet");
            }
            Thread.sleep(20);
        }
    }

    static int option(String[] args, String name, int fallback) {
        int i = Arrays.asList(args).indexOf(name);
        return i >= 0 && i + 1 < args.length ? Integer.parseInt(args[i + 1]) : fallback;
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    private static java.util.concurrent.ThreadFactory daemon() {
        return r -> {
            Thread t = new Thread(r, "bench-hints");
            t.setDaemon(true);
            return t;
        };
    }

    /** One display's channel: when each hint and each open arrived (System.nanoTime). */
    private static final class Channel implements HintChannel.Listener {
        final String storeId;
        final List<Long> hints = new CopyOnWriteArrayList<>();
        final List<Long> opens = new CopyOnWriteArrayList<>();
        HintChannel channel;
        int marked;

        Channel(String storeId) {
            this.storeId = storeId;
        }

        void mark() {
            marked = hints.size();
        }

        @Override
        public void onHint(ManifestHint hint) {
            hints.add(System.nanoTime());
        }

        @Override
        public void onOpen() {
            opens.add(System.nanoTime());
        }
    }
}
