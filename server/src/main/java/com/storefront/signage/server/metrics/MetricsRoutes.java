package com.storefront.signage.server.metrics;

import com.storefront.signage.server.display.Connectivity;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * {@code GET /metrics} for Prometheus, behind a bearer token when {@code SIGNAGE_METRICS_TOKEN} is
 * set (the metrics name stores and counts that are nobody's business outside the operator's network).
 * Also counts the fleet's connectivity every 30 s, with the same rule as the displays API.
 */
public final class MetricsRoutes {
    private static final Logger LOG = Logger.getLogger(MetricsRoutes.class.getName());
    static final long FLEET_COUNT_EVERY_MS = 30_000;

    private final ServerMetrics metrics;
    private final Optional<String> token;

    public MetricsRoutes(ServerMetrics metrics, Optional<String> token) {
        this.metrics = metrics;
        this.token = token;
    }

    public void mount(Router router) {
        router.get("/metrics").handler(this::handleScrape);
    }

    /** Starts the periodic fleet count; returns the timer id. */
    public long countFleet(Vertx vertx, Pool pool) {
        countFleetOnce(pool);
        return vertx.setPeriodic(FLEET_COUNT_EVERY_MS, id -> countFleetOnce(pool));
    }

    private void countFleetOnce(Pool pool) {
        pool.query("select token_revoked_at is not null as revoked, extract(epoch from now() - last_seen_at)::float8 as ago, "
                        + "heartbeat_seconds from displays")
                .execute()
                .onSuccess(rows -> {
                    long online = 0;
                    long offline = 0;
                    long never = 0;
                    for (var row : rows) {
                        switch (Connectivity.of(row.getBoolean("revoked"), row.getDouble("ago"), row.getInteger("heartbeat_seconds")).status()) {
                            case "online" -> online++;
                            case "offline" -> offline++;
                            case "never" -> never++;
                            default -> {
                            }
                        }
                    }
                    metrics.displays(online, offline, never);
                })
                .onFailure(e -> LOG.fine("fleet count skipped: " + e.getMessage()));
    }

    private void handleScrape(RoutingContext ctx) {
        if (token.isPresent() && !matches(ctx.request().getHeader("Authorization"), "Bearer " + token.get())) {
            ctx.response().setStatusCode(401).putHeader("WWW-Authenticate", "Bearer").end();
            return;
        }
        ctx.response().putHeader("Content-Type", "text/plain; version=0.0.4; charset=utf-8")
                .putHeader("Cache-Control", "no-store").end(metrics.scrape());
    }

    private static boolean matches(String given, String expected) {
        return given != null && MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
