package com.storefront.signage.server.schedule;

import com.storefront.signage.server.http.ApiException;
import io.vertx.ext.web.RoutingContext;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;

/** A {@code from}/{@code to} query window, defaulting to {@code defaultLength} from now and at most {@code max} long. */
record TimeWindow(Instant from, Instant to) {
    static TimeWindow of(RoutingContext ctx, Instant now, Duration defaultLength, Duration max) {
        Instant from = instant(ctx, "from", now);
        Instant to = instant(ctx, "to", from.plus(defaultLength));
        if (!to.isAfter(from)) {
            throw ApiException.invalid("to", "must be after from");
        }
        if (Duration.between(from, to).compareTo(max) > 0) {
            throw ApiException.invalid("to", "the window may be at most " + max.toDays() + " days long");
        }
        return new TimeWindow(from, to);
    }

    private static Instant instant(RoutingContext ctx, String name, Instant fallback) {
        String value = ctx.queryParams().get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Instant.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.invalid(name, "must be an instant like 2026-12-01T09:00:00Z");
        }
    }
}
