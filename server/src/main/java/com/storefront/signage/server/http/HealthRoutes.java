package com.storefront.signage.server.http;

import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.util.Map;

/** Liveness (the process answers) and readiness (the database answers), for load balancers and Kubernetes. */
public final class HealthRoutes {
    private final Pool pool;

    public HealthRoutes(Pool pool) {
        this.pool = pool;
    }

    public void mount(Router router) {
        router.get("/health").handler(this::handleHealth);
        router.get("/ready").handler(this::handleReady);
    }

    private void handleHealth(RoutingContext ctx) {
        JsonBodies.ok(ctx, Map.of("status", "up"));
    }

    private void handleReady(RoutingContext ctx) {
        pool.query("select 1").execute()
                .onSuccess(x -> JsonBodies.ok(ctx, Map.of("status", "ready", "database", "up")))
                .onFailure(e -> JsonBodies.send(ctx, 503, Map.of("status", "not_ready", "database", String.valueOf(e.getMessage()))));
    }
}
