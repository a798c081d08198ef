package com.storefront.signage.server.device;

import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** Reads {@code Authorization: Bearer ...}. */
public final class BearerToken {
    private BearerToken() {
    }

    public static Optional<String> of(RoutingContext ctx) {
        return of(ctx.request().getHeader("Authorization"));
    }

    /** From the value of an {@code Authorization} header, which may be null. */
    public static Optional<String> of(String header) {
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        String token = header.substring(7).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }
}
