package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.server.metrics.MetricsRoutes;
import com.storefront.signage.server.metrics.ServerMetrics;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.ext.web.Router;
import java.net.URI;
import java.net.http.HttpRequest;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** Prometheus sees manifest traffic, heartbeats, errors and the fleet; the endpoint can be closed with a token. */
class MetricsTest {
    private static final Api admin = TestServer.admin();

    @Test
    void countsManifestAnswersHeartbeatsAndErrors() {
        String store = Fixtures.store(admin, "Europe/Sofia", List.of("bg", "en"), "bg-BG", "EUR").get("id").asText();
        Devices.Paired screen = Devices.pair(admin, store, "hd-landscape", "entrance");
        double manifests200 = value("signage_manifest_requests_total", "status=\"200\"");
        double manifests304 = value("signage_manifest_requests_total", "status=\"304\"");
        double fromMemory = value("signage_manifest_requests_total", "status=\"304\"", "source=\"memory\"");
        double heartbeats = value("signage_heartbeats_total");
        double notFound = value("signage_http_errors_total", "status=\"404\"");

        Api device = new Api(TestServer.baseUrl());
        Api.Response first = device.get("/api/v1/device/manifest", Map.of("Authorization", "Bearer " + screen.token())).expect(200);
        String etag = first.headers().firstValue("ETag").orElseThrow();
        device.get("/api/v1/device/manifest", Map.of("Authorization", "Bearer " + screen.token(), "If-None-Match", etag)).expect(304);
        device.send(HttpRequest.newBuilder(URI.create(TestServer.baseUrl() + "/api/v1/device/heartbeat"))
                .header("Authorization", "Bearer " + screen.token()).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString("{\"playerVersion\":\"0.2.0\",\"uptimeSeconds\":5}"))).expect(204);
        admin.get("/api/v1/stores/" + java.util.UUID.randomUUID()).expect(404);

        // other tests share the server, so counts only ever go up by at least what this test did
        assertTrue(value("signage_manifest_requests_total", "status=\"200\"") >= manifests200 + 1);
        assertTrue(value("signage_manifest_requests_total", "status=\"304\"") >= manifests304 + 1);
        assertTrue(value("signage_manifest_requests_total", "status=\"304\"", "source=\"memory\"") >= fromMemory + 1,
                "an unchanged manifest is answered from memory, without a query");
        assertTrue(value("signage_heartbeats_total") >= heartbeats + 1);
        assertTrue(value("signage_http_errors_total", "status=\"404\"") >= notFound + 1);
        String text = scrape();
        assertTrue(text.contains("signage_displays{status=\"online\"}"), "fleet connectivity gauge");
        assertTrue(text.contains("jvm_memory_used_bytes"), "JVM metrics");
        assertTrue(text.contains("signage_hint_latency_seconds"), "hint latency histogram");
    }

    @Test
    void aMetricsTokenKeepsStrangersOut() throws Exception {
        Vertx vertx = Vertx.vertx();
        try {
            Router router = Router.router(vertx);
            new MetricsRoutes(new ServerMetrics(), Optional.of("s3cret-token")).mount(router);
            HttpServer server = vertx.createHttpServer().requestHandler(router).listen(0, "127.0.0.1")
                    .toCompletionStage().toCompletableFuture().get();
            Api api = new Api("http://127.0.0.1:" + server.actualPort());

            assertEquals(401, api.get("/metrics").status());
            assertEquals(401, api.get("/metrics", Map.of("Authorization", "Bearer wrong")).status());
            Api.Response ok = api.get("/metrics", Map.of("Authorization", "Bearer s3cret-token")).expect(200);
            assertTrue(ok.text().contains("signage_heartbeats_total"));
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get();
        }
    }

    private static String scrape() {
        Api.Response r = new Api(TestServer.baseUrl()).get("/metrics").expect(200);
        assertTrue(r.headers().firstValue("Content-Type").orElseThrow().startsWith("text/plain"));
        return r.text();
    }

    /** The sum of the series carrying every one of {@code labels} (all series when none), 0 if there is none yet. */
    private static double value(String name, String... labels) {
        Pattern line = Pattern.compile("^" + Pattern.quote(name) + "(\\{[^}]*\\})? ([0-9.eE+-]+)$", Pattern.MULTILINE);
        Matcher m = line.matcher(scrape());
        double sum = 0;
        while (m.find()) {
            String found = m.group(1) == null ? "" : m.group(1);
            if (java.util.Arrays.stream(labels).allMatch(found::contains)) {
                sum += Double.parseDouble(m.group(2));
            }
        }
        return sum;
    }
}
