package com.storefront.signage.server.http;

import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Path parameters that are ids: a malformed one is a 404, not a 500. */
public final class Ids {
    private Ids() {
    }

    public static UUID path(RoutingContext ctx, String name, String what) {
        try {
            return UUID.fromString(ctx.pathParam(name));
        } catch (IllegalArgumentException e) {
            throw ApiException.notFound(what);
        }
    }
}
