package com.storefront.signage.server.http;

import io.vertx.ext.web.RoutingContext;
import java.util.List;

/** One page of a list: every list endpoint answers with this shape. */
public record Page<T>(List<T> items, long total, int limit, int offset) {

    /** The {@code limit} and {@code offset} query parameters, checked. */
    public record Request(int limit, int offset) {
        public static Request from(RoutingContext ctx) {
            int limit = number(ctx, "limit", 50);
            int offset = number(ctx, "offset", 0);
            if (limit < 1 || limit > 500) {
                throw ApiException.invalid("limit", "must be between 1 and 500");
            }
            if (offset < 0) {
                throw ApiException.invalid("offset", "must not be negative");
            }
            return new Request(limit, offset);
        }

        private static int number(RoutingContext ctx, String name, int fallback) {
            String v = ctx.queryParams().get(name);
            if (v == null) {
                return fallback;
            }
            try {
                return Integer.parseInt(v);
            } catch (NumberFormatException e) {
                throw ApiException.invalid(name, "must be a whole number");
            }
        }
    }
}
