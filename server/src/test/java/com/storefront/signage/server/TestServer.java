package com.storefront.signage.server;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * One real server on embedded PostgreSQL for the whole test run: starting PostgreSQL costs
 * seconds, and every test works in its own stores and slides so they do not interfere.
 */
public final class TestServer {
    public static final String ADMIN_EMAIL = "admin@test.example";
    public static final String ADMIN_PASSWORD = "admin-password-123";
    public static final long MAX_BODY_BYTES = 16 * 1024;

    private static SignageServer server;

    private TestServer() {
    }

    public static synchronized SignageServer get() {
        if (server == null) {
            try {
                Path dir = Files.createTempDirectory("signage-test");
                ServerConfig config = ServerConfig.fromEnvironment(Map.of(
                        "SIGNAGE_PORT", "0",
                        "SIGNAGE_HOST", "127.0.0.1",
                        "SIGNAGE_DATA_DIR", dir.toString(),
                        "SIGNAGE_ADMIN_EMAIL", ADMIN_EMAIL,
                        "SIGNAGE_ADMIN_PASSWORD", ADMIN_PASSWORD,
                        "SIGNAGE_MAX_BODY_BYTES", String.valueOf(MAX_BODY_BYTES)));
                server = SignageServer.start(config);
                Runtime.getRuntime().addShutdownHook(new Thread(server::close));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return server;
    }

    public static String baseUrl() {
        return "http://127.0.0.1:" + get().port();
    }

    public static Api admin() {
        Api api = new Api(baseUrl());
        api.login(ADMIN_EMAIL, ADMIN_PASSWORD);
        return api;
    }
}
