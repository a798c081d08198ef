package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The zero-setup default: embedded PostgreSQL under the data directory, kept across restarts. */
class RestartTest {
    @TempDir
    Path data;

    @Test
    void dataAndTheGeneratedAdminSurviveARestart() {
        Map<String, String> env = Map.of("SIGNAGE_PORT", "0", "SIGNAGE_HOST", "127.0.0.1", "SIGNAGE_DATA_DIR", data.toString());
        String password;
        try (SignageServer first = SignageServer.start(ServerConfig.fromEnvironment(env))) {
            password = first.generatedAdminPassword().orElseThrow(() -> new AssertionError("first start prints a password"));
            Api api = new Api("http://127.0.0.1:" + first.port());
            api.login("admin@example.com", password);
            Fixtures.store(api, "Asia/Dubai", List.of("ar", "en"), "ar-AE", "AED");
        }
        assertTrue(data.resolve("pg").toFile().isDirectory());
        try (SignageServer second = SignageServer.start(ServerConfig.fromEnvironment(env))) {
            assertTrue(second.generatedAdminPassword().isEmpty(), "the password is shown only once");
            Api api = new Api("http://127.0.0.1:" + second.port());
            api.login("admin@example.com", password);
            assertEquals(1, api.get("/api/v1/stores").expect(200).json().get("total").asLong());
        }
    }
}
