package com.storefront.signage.server.proof;

import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.JsonBodies;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/** Proof-of-play reports for staff; a store manager's report covers only their stores. */
public final class PlayReportRoutes {
    private static final Duration MAX_WINDOW = Duration.ofDays(366);
    private final PlayRepository plays;

    public PlayReportRoutes(PlayRepository plays) {
        this.plays = plays;
    }

    public void mount(Router router) {
        router.get("/api/v1/reports/plays").handler(this::handlePlays);
    }

    private void handlePlays(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        Instant from = instant(ctx, "from");
        Instant to = instant(ctx, "to");
        if (!to.isAfter(from)) {
            throw ApiException.invalid("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
            throw ApiException.invalid("to", "the window may be at most " + MAX_WINDOW.toDays() + " days long");
        }
        UUID campaignId = id(ctx, "campaignId");
        UUID storeId = id(ctx, "storeId");
        if (storeId != null) {
            p.requireStore(storeId);
        }
        UUID[] only = p.role() == Role.STORE_MANAGER ? p.storeIds().toArray(UUID[]::new) : null;
        plays.report(p.organisationId(), from, to, campaignId, storeId, only)
                .onSuccess(report -> JsonBodies.ok(ctx, report)).onFailure(ctx::fail);
    }

    private static Instant instant(RoutingContext ctx, String name) {
        String value = ctx.queryParams().get(name);
        if (value == null || value.isBlank()) {
            throw ApiException.invalid(name, "is required: an instant like 2026-12-01T00:00:00Z");
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an instant like 2026-12-01T00:00:00Z");
        }
    }

    private static UUID id(RoutingContext ctx, String name) {
        String value = ctx.queryParams().get(name);
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(name, "is not an id");
        }
    }
}
