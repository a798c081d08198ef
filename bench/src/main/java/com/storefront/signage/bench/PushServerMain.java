package com.storefront.signage.bench;

import com.storefront.signage.server.ServerConfig;
import com.storefront.signage.server.SignageServer;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/**
 * The server side of the push bench, in a JVM of its own so its heap is the server's alone:
 * starts the server on embedded PostgreSQL and answers commands on stdin, one per line:
 * {@code heap} (heap used after a full GC, and the open hint sockets), {@code seed-displays COUNT FILE
 * STORE_ID,...} (see {@link FleetDisplays}), {@code stop}.
 * Replies are lines starting with {@value #PREFIX}.
 */
final class PushServerMain {
    static final String PREFIX = "push-server ";
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();

    private PushServerMain() {
    }

    /** {@code PORT DATA_DIR ADMIN_PASSWORD} */
    public static void main(String[] args) throws Exception {
        SignageServer server = SignageServer.start(ServerConfig.fromEnvironment(Map.of("SIGNAGE_PORT", args[0],
                "SIGNAGE_HOST", "127.0.0.1", "SIGNAGE_DATA_DIR", args[1], "SIGNAGE_ADMIN_PASSWORD", args[2])));
        System.out.println(PREFIX + "ready " + server.port());
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            if (line.equals("heap")) {
                for (int i = 0; i < 3; i++) {
                    System.gc();
                    Thread.sleep(200);
                }
                int sockets = server.hints().stats().toCompletionStage().toCompletableFuture().get().connections();
                System.out.println(PREFIX + "heap " + MEMORY.getHeapMemoryUsage().getUsed() + " " + sockets);
            } else if (line.startsWith("seed-displays ")) {
                String[] w = line.split(" ");
                FleetDisplays.seed(server.pool(), Integer.parseInt(w[1]),
                        java.util.Arrays.stream(w[3].split(",")).map(java.util.UUID::fromString).toList(), java.nio.file.Path.of(w[2]));
                System.out.println(PREFIX + "seeded");
            } else if (line.equals("stop")) {
                break;
            }
        }
        server.close();
        System.out.println(PREFIX + "stopped");
    }
}
