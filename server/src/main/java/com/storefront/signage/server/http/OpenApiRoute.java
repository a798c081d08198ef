package com.storefront.signage.server.http;

import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** Serves the hand-written OpenAPI document; a test keeps it equal to the router's real routes. */
public final class OpenApiRoute {
    public static final String PATH = "/api/v1/openapi.json";
    private final Buffer document;

    public OpenApiRoute() {
        try (InputStream in = OpenApiRoute.class.getResourceAsStream("/openapi.json")) {
            document = Buffer.buffer(in.readAllBytes());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void mount(Router router) {
        router.get(PATH).handler(ctx -> ctx.response().putHeader("Content-Type", "application/json").end(document));
    }
}
