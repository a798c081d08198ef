package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * PostgreSQL restarted under load: every request gets an answer (success, or a clear 503 that says
 * to retry), nothing the server acknowledged is lost, and the server serves again once the
 * database is back, without a restart of its own.
 */
class DatabaseRestartTest {
    private static final String EMAIL = "admin@restart.example";
    private static final String PASSWORD = "restart-password-123";

    @TempDir
    Path dir;

    /** What one request of the load got back. */
    private record Outcome(String kind, String storeName, int status, String error, String retryAfter, long atNanos) {
    }

    @Test
    void requestsDuringAPostgresRestartGetAClearRetryableErrorAndNothingAcknowledgedIsLost() throws Exception {
        int port = freePort();
        Path pgDir = Files.createDirectories(dir.resolve("pg"));
        EmbeddedPostgres pg = postgres(pgDir, port);
        SignageServer server = SignageServer.start(ServerConfig.fromEnvironment(Map.of(
                "SIGNAGE_PORT", "0", "SIGNAGE_HOST", "127.0.0.1", "SIGNAGE_DATA_DIR", dir.resolve("data").toString(),
                "DATABASE_URL", "postgres://postgres:postgres@localhost:" + port + "/postgres",
                "SIGNAGE_ADMIN_EMAIL", EMAIL, "SIGNAGE_ADMIN_PASSWORD", PASSWORD)));
        String base = "http://127.0.0.1:" + server.port();
        ConcurrentLinkedQueue<Outcome> outcomes = new ConcurrentLinkedQueue<>();
        AtomicBoolean loading = new AtomicBoolean(true);
        ExecutorService load = Executors.newFixedThreadPool(3);
        List<Future<Object>> workers = new ArrayList<>();
        CountDownLatch ready = new CountDownLatch(3);
        long stoppedAt;
        long restartedAt;
        try {
            for (int worker = 0; worker < 3; worker++) {
                int w = worker;
                workers.add(load.submit(() -> {
                    Api api = new Api(base);
                    api.login(EMAIL, PASSWORD);
                    ready.countDown();
                    for (int i = 0; loading.get(); i++) {
                        if (w == 0) {
                            Api.Response r = api.get("/api/v1/stores?limit=1");
                            outcomes.add(outcome("read", null, r));
                        } else {
                            String name = "Restart store " + w + "-" + i;
                            outcomes.add(outcome("write", name, createStore(api, name)));
                        }
                        pause(20);
                    }
                    return null;
                }));
            }
            if (!ready.await(60, TimeUnit.SECONDS)) {
                fail("the load's clients could not log in");
            }
            awaitOutcomes(outcomes, 10);
            stoppedAt = System.nanoTime();
            pg.close();
            int before = outcomes.size();
            awaitOutcomes(outcomes, before + 6); // requests meet the outage, whatever the machine's speed
            pause(1000);
            pg = postgres(pgDir, port);
            restartedAt = System.nanoTime();
            awaitServing(base);
            int after = outcomes.size();
            awaitOutcomes(outcomes, after + 10);
        } finally {
            loading.set(false);
            load.shutdown();
            if (!load.awaitTermination(60, TimeUnit.SECONDS)) {
                fail("a request hung: the load did not finish within a minute of the end");
            }
        }
        for (Future<Object> worker : workers) {
            worker.get(); // a worker that failed (an exception from the HTTP client) fails the test with its cause
        }
        try {
            List<Outcome> all = new ArrayList<>(outcomes);
            List<Outcome> refused = all.stream().filter(o -> o.status() == 503).toList();
            for (Outcome o : all) {
                assertTrue(o.status() / 100 == 2 || o.status() == 503, "every answer is a success or a retryable 503, got " + o);
            }
            for (Outcome o : refused) {
                assertEquals("database_unavailable", o.error(), "a 503 says why: " + o);
                assertEquals("2", o.retryAfter(), "a 503 says when to retry: " + o);
            }
            assertTrue(!refused.isEmpty(), "no request met the outage; the test did not test");
            assertTrue(all.stream().anyMatch(o -> o.status() / 100 == 2 && o.atNanos() < stoppedAt), "served before the restart");
            assertTrue(all.stream().anyMatch(o -> o.status() / 100 == 2 && o.atNanos() > restartedAt), "served after the restart");

            Api admin = new Api(base);
            admin.login(EMAIL, PASSWORD);
            Set<String> stored = storeNames(admin);
            for (Outcome o : all) {
                if ("write".equals(o.kind()) && o.status() == 201) {
                    assertTrue(stored.contains(o.storeName()), "acknowledged store " + o.storeName() + " was lost");
                }
            }
            // a client retries what it was told to retry; a write that did land before the connection broke is a 409, not a twin
            for (Outcome o : refused) {
                if ("write".equals(o.kind())) {
                    int status = createStore(admin, o.storeName()).status();
                    assertTrue(status == 201 || status == 409, "retry of " + o.storeName() + " gave " + status);
                }
            }
            Set<String> afterRetries = storeNames(admin);
            long writes = all.stream().filter(o -> "write".equals(o.kind())).map(Outcome::storeName).distinct().count();
            assertEquals(writes, afterRetries.stream().filter(n -> n.startsWith("Restart store")).count(),
                    "after retries every attempted store exists exactly once");
        } finally {
            server.close();
            pg.close();
        }
    }

    private static Api.Response createStore(Api api, String name) {
        return api.post("/api/v1/stores", Map.of("name", name, "timeZone", "Europe/Sofia", "region", "restart",
                "languages", List.of("bg", "en"), "locale", "bg-BG", "currency", "EUR"));
    }

    private static Outcome outcome(String kind, String name, Api.Response r) {
        String error = null;
        if (r.status() >= 400) {
            JsonNode body = r.json();
            error = body.path("error").asText(null);
        }
        return new Outcome(kind, name, r.status(), error, r.headers().firstValue("Retry-After").orElse(null), System.nanoTime());
    }

    private static Set<String> storeNames(Api admin) {
        Set<String> names = new HashSet<>();
        for (int offset = 0; ; offset += 100) {
            JsonNode page = admin.get("/api/v1/stores?limit=100&offset=" + offset).expect(200).json();
            page.get("items").forEach(s -> names.add(s.get("name").asText()));
            if (offset + 100 >= page.get("total").asLong()) {
                return names;
            }
        }
    }

    private static void awaitOutcomes(ConcurrentLinkedQueue<Outcome> outcomes, int atLeast) {
        long deadline = System.nanoTime() + Duration.ofSeconds(90).toNanos();
        while (outcomes.size() < atLeast) {
            if (System.nanoTime() > deadline) {
                fail("the load stalled at " + outcomes.size() + " answers: a request hangs");
            }
            pause(20);
        }
    }

    private static void awaitServing(String base) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        Api api = new Api(base);
        while (System.nanoTime() < deadline) {
            if (api.get("/ready").status() == 200) {
                return;
            }
            pause(200);
        }
        fail("the server did not serve again within a minute of PostgreSQL coming back");
    }

    private static EmbeddedPostgres postgres(Path dataDir, int port) throws IOException {
        return EmbeddedPostgres.builder().setDataDirectory(dataDir).setCleanDataDirectory(false).setPort(port)
                .setPGStartupWait(Duration.ofSeconds(60)).start();
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
