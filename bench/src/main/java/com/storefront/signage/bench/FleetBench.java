package com.storefront.signage.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A fleet of simulated players ({@link FleetPlayers}: a real WebSocket each, manifest fetches over
 * HTTP) against the real server in a child JVM on embedded PostgreSQL, on loopback. Measures how
 * many are connected at once, the server's heap per idle connection, edit-to-hint (and
 * edit-to-new-manifest) latency for a campaign edit that reaches every display, and manifest 304s
 * per second next to nginx serving the same bytes from a file. Prints one table.
 */
final class FleetBench {
    private static final String PASSWORD = "fleet-bench-admin-password";
    private static final int PAIRED_THROUGH_API = 20;

    private FleetBench() {
    }

    public static void main(String[] args) throws Exception {
        boolean quick = Arrays.asList(args).contains("--quick");
        int players = PushBench.option(args, "--players", quick ? 1000 : 10_000);
        int stores = PushBench.option(args, "--stores", 50);
        int seconds = PushBench.option(args, "--seconds", quick ? 3 : 10);
        int lanes = PushBench.option(args, "--lanes", 64);
        String serverHeap = players > 4000 ? "1g" : "512m";
        Path data = Files.createTempDirectory("signage-fleet-bench");
        int port = PushBench.freePort();
        long runStart = System.nanoTime();
        ServerProcess server = ServerProcess.start(port, data.resolve("server"), PASSWORD, serverHeap);
        FleetPlayers fleet = null;
        Table table = new Table("measure", "value", "target", "met", "note");
        try {
            String base = "http://127.0.0.1:" + port;
            BenchApi admin = PushBench.admin(base, PASSWORD);
            List<String> storeIds = PushBench.stores(admin, stores);
            admin.put("/api/v1/organisation", Map.of("name", "Fleet bench", "defaultPlaylistId", PushBench.playlist(admin, "Welcome")));
            LocalDate today = LocalDate.now();
            // no targets: the campaign plays on every display, so its edit reaches the whole fleet
            Map<String, Object> campaign = new HashMap<>(Map.of("name", "Fleet-wide promotion", "playlistId",
                    PushBench.playlist(admin, "Before"), "startDate", today.minusDays(1).toString(),
                    "endDate", today.plusDays(7).toString(), "priority", 5));
            String campaignId = admin.post("/api/v1/campaigns", campaign).get("id").asText();
            admin.post("/api/v1/campaigns/" + campaignId + "/transitions", Map.of("action", "submit"));
            admin.post("/api/v1/campaigns/" + campaignId + "/transitions", Map.of("action", "approve"));

            long seedStart = System.nanoTime();
            int viaApi = Math.min(PAIRED_THROUGH_API, players);
            List<String[]> devices = new ArrayList<>(PushBench.pair(base, admin, storeIds, viaApi));
            devices.addAll(server.seedDisplays(players - viaApi, storeIds, data.resolve("tokens.txt")));
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;
            System.out.printf("%d displays (%d paired through the API, the rest in SQL) in %.1f s%n", players, viaApi, seedSeconds);

            long[] idle = server.heap();
            fleet = new FleetPlayers("127.0.0.1", port, devices, 64);
            long connectStart = System.nanoTime();
            fleet.connectAll().toCompletionStage().toCompletableFuture().get();
            double openSeconds = (System.nanoTime() - connectStart) / 1e9;
            PushBench.await(fleet.players, p -> p.manifests >= 1, Duration.ofMinutes(5), "players");
            double syncedSeconds = (System.nanoTime() - connectStart) / 1e9;
            System.out.printf("%d sockets open in %.1f s, all told their versions and holding their manifests after %.1f s%n",
                    players, openSeconds, syncedSeconds);
            long[] busy = server.heap();
            int atOnce = Math.min((int) busy[1], fleet.open.get());
            table.row("players connected at once", atOnce + " of " + players, ">= 10000", yes(atOnce >= 10_000),
                    String.format("sockets the server counts and the simulator holds; opened in %.1f s (%d at a time), "
                            + "all synced in %.1f s", openSeconds, 200, syncedSeconds));
            double perConnection = (busy[0] - idle[0]) / 1024.0 / busy[1];
            table.row("server heap per idle connection", String.format("%.1f KiB", perConnection), "< 16 KiB", yes(perConnection < 16),
                    String.format("after full GC: %.0f MiB with %d sockets minus %.0f MiB with none (server -Xmx%s)",
                            busy[0] / 1048576.0, busy[1], idle[0] / 1048576.0, serverHeap));

            fleet.players.forEach(FleetPlayers.Player::mark);
            campaign.put("playlistId", PushBench.playlist(admin, "After"));
            long edited = System.nanoTime();
            admin.put("/api/v1/campaigns/" + campaignId, campaign);
            PushBench.await(fleet.players, p -> p.hintedSinceMark() && p.firstManifestSinceMark() != 0, Duration.ofMinutes(5), "players");
            long[] hinted = fleet.players.stream().mapToLong(p -> p.firstHintSinceMark() - edited).sorted().toArray();
            long[] fetched = fleet.players.stream().mapToLong(p -> p.firstManifestSinceMark() - edited).sorted().toArray();
            double p99 = rank(hinted, 0.99);
            table.row("campaign edit -> hinted p50 / p99", String.format("%.0f / %.0f ms", rank(hinted, 0.5), p99), "p99 < 1000 ms",
                    yes(p99 < 1000), String.format("all %d players, from the PUT's start; max %.0f ms", players, rank(hinted, 1)));
            table.row("campaign edit -> new manifest p50 / p99", String.format("%.0f / %.0f ms", rank(fetched, 0.5), rank(fetched, 0.99)),
                    "", "", "hint, then GET with If-None-Match -> 200 with the new manifest (64 pooled connections)");

            manifest304(table, fleet, base, data, seconds, lanes);
            table.row("failures", fleet.connectFailures.get() + " connects, " + fleet.fetchFailures.get() + " fetches", "", "",
                    "connects retried after 1 s");
            System.out.printf("whole run %.0f s%n%n", (System.nanoTime() - runStart) / 1e9);
            System.out.print(table.render());
        } finally {
            if (fleet != null) {
                fleet.close();
            }
            server.close();
            TempDirs.delete(data);
        }
    }

    /** Our 304s (rotating over every player's token and version) against nginx's for the same bytes, alternating, same client. */
    private static void manifest304(Table table, FleetPlayers fleet, String base, Path data, int seconds, int lanes) throws Exception {
        List<ConditionalGets.Request> ours = fleet.players.stream().map(p -> new ConditionalGets.Request("/api/v1/device/manifest",
                List.of(new String[] {"Authorization", "Bearer " + p.token}, new String[] {"If-None-Match", "\"" + p.etag + "\""}))).toList();
        if (!NginxProcess.installed()) {
            ConditionalGets.Result r = ConditionalGets.run(fleet.vertx(), "127.0.0.1", URI.create(base).getPort(), ours, lanes, seconds);
            table.row("manifest 304/s: ours", String.format("%.0f", r.perSecond()), "", "", "nginx not installed: "
                    + "SIGNAGE_BENCH_TOOLS=1 scripts/require-tools.sh");
            return;
        }
        FleetPlayers.Player first = fleet.players.get(0);
        HttpResponse<byte[]> manifest = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(base + "/api/v1/device/manifest"))
                .header("Authorization", "Bearer " + first.token).build(), HttpResponse.BodyHandlers.ofByteArray());
        int nginxPort = PushBench.freePort();
        // its own directory, readable by nginx's workers, which run as nobody
        Path nginxDir = Files.createTempDirectory("signage-fleet-nginx",
                java.nio.file.attribute.PosixFilePermissions.asFileAttribute(java.nio.file.attribute.PosixFilePermissions.fromString("rwxr-xr-x")));
        try (NginxProcess nginx = NginxProcess.start(nginxDir, nginxPort, manifest.body())) {
            HttpResponse<Void> file = HttpClient.newHttpClient().send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + nginxPort + "/manifest.json")).build(), HttpResponse.BodyHandlers.discarding());
            String etag = file.headers().firstValue("ETag").orElseThrow(() -> new IllegalStateException(
                    "nginx answered " + file.statusCode() + " without an ETag; see " + nginxDir.resolve("error.log")));
            List<ConditionalGets.Request> theirs = List.of(new ConditionalGets.Request("/manifest.json",
                    List.<String[]>of(new String[] {"If-None-Match", etag})));
            long[] ourCount = new long[2];
            long[] theirCount = new long[2];
            double[] ourTime = new double[1];
            double[] theirTime = new double[1];
            // both warm up first, uncounted: a long-running server has its hot path compiled long before, nginx its file cached
            double warm = Math.max(2, seconds / 2.0);
            ConditionalGets.Result warmOurs = ConditionalGets.run(fleet.vertx(), "127.0.0.1", URI.create(base).getPort(), ours, lanes, warm);
            ConditionalGets.Result warmTheirs = ConditionalGets.run(fleet.vertx(), "127.0.0.1", nginxPort, theirs, lanes, warm);
            System.out.printf("warm-up (not counted): ours %.0f 304/s, nginx %.0f 304/s%n", warmOurs.perSecond(), warmTheirs.perSecond());
            for (int round = 0; round < 2; round++) {
                ConditionalGets.Result a = ConditionalGets.run(fleet.vertx(), "127.0.0.1", URI.create(base).getPort(), ours, lanes, seconds / 2.0);
                ConditionalGets.Result b = ConditionalGets.run(fleet.vertx(), "127.0.0.1", nginxPort, theirs, lanes, seconds / 2.0);
                System.out.printf("round %d: ours %.0f 304/s (%d other), nginx %.0f 304/s (%d other)%n", round + 1,
                        a.perSecond(), a.other(), b.perSecond(), b.other());
                ourCount[0] += a.notModified();
                ourCount[1] += a.other();
                ourTime[0] += a.seconds();
                theirCount[0] += b.notModified();
                theirCount[1] += b.other();
                theirTime[0] += b.seconds();
            }
            double ourRate = ourCount[0] / ourTime[0];
            double theirRate = theirCount[0] / theirTime[0];
            table.row("manifest 304/s: ours vs nginx", String.format("%.0f vs %.0f (%.2fx)", ourRate, theirRate, ourRate / theirRate),
                    ">= 0.5x", yes(ourRate / theirRate >= 0.5), String.format("%d keep-alive lanes, after a warm-up, ours/nginx alternating, 2 x %.1f s each; "
                            + "same %d-byte manifest; ours rotates over all %d tokens with the sockets open; non-304: %d / %d",
                            lanes, seconds / 2.0, manifest.body().length, fleet.players.size(), ourCount[1], theirCount[1]));
        } finally {
            TempDirs.delete(nginxDir);
        }
    }

    private static String yes(boolean met) {
        return met ? "yes" : "NO";
    }

    private static double rank(long[] sortedNanos, double p) {
        int i = (int) Math.ceil(p * sortedNanos.length) - 1;
        return sortedNanos[Math.max(0, Math.min(sortedNanos.length - 1, i))] / 1e6;
    }

}
