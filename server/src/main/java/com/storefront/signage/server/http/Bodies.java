package com.storefront.signage.server.http;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;

/**
 * Reads request bodies with two limits: small for JSON, large for media uploads. An oversized
 * body is refused with 413 before it is buffered whole.
 */
public final class Bodies implements Handler<RoutingContext> {
    private final BodyHandler json;
    private final BodyHandler upload;

    public Bodies(long maxJsonBytes, long maxUploadBytes) {
        this.json = BodyHandler.create(false).setBodyLimit(maxJsonBytes);
        this.upload = BodyHandler.create(false).setBodyLimit(maxUploadBytes);
    }

    @Override
    public void handle(RoutingContext ctx) {
        String path = ctx.normalizedPath();
        // player screenshots are PNGs, larger than any JSON body
        if ("/api/v1/media".equals(path) || path.startsWith("/api/v1/device/commands/") && path.endsWith("/screenshot")) {
            upload.handle(ctx);
        } else {
            json.handle(ctx);
        }
    }
}
