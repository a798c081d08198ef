package com.storefront.signage.server;

import com.storefront.signage.server.db.DatabaseTarget;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Clock;
import java.util.HashMap;
import java.util.Map;

/**
 * Another server instance on the test server's PostgreSQL, as a second replica behind a load
 * balancer: they share nothing else.
 */
final class OtherInstance {
    private OtherInstance() {
    }

    static SignageServer start(int port, Map<String, String> extraEnvironment) {
        return start(port, extraEnvironment, Clock.systemUTC());
    }

    /** An instance whose clock the test sets (its database keeps the real one). */
    static SignageServer start(int port, Map<String, String> extraEnvironment, Clock clock) {
        DatabaseTarget db = TestServer.get().database();
        Map<String, String> env = new HashMap<>(Map.of(
                "SIGNAGE_PORT", String.valueOf(port),
                "SIGNAGE_HOST", "127.0.0.1",
                "DATABASE_URL", "postgresql://" + db.user() + ":" + db.password() + "@" + db.host() + ":" + db.port() + "/" + db.database(),
                "SIGNAGE_ADMIN_EMAIL", TestServer.ADMIN_EMAIL,
                "SIGNAGE_ADMIN_PASSWORD", TestServer.ADMIN_PASSWORD));
        env.putAll(extraEnvironment);
        try {
            env.putIfAbsent("SIGNAGE_DATA_DIR", Files.createTempDirectory("signage-other").toString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return SignageServer.start(ServerConfig.fromEnvironment(env), clock);
    }

    static String baseUrl(SignageServer server) {
        return "http://127.0.0.1:" + server.port();
    }

    /** A port that was free a moment ago, for a server that must come back on the same address. */
    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
