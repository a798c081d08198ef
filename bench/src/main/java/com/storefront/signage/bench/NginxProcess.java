package com.storefront.signage.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A throwaway nginx (Debian's {@code nginx-light}) on loopback serving one file with {@code etag on},
 * the yardstick for our manifest 304s. Its configuration, pid, logs and temp files live in its own
 * scratch directory; one worker per core, access log off, as a tuned static server would run.
 */
final class NginxProcess implements AutoCloseable {
    static final Path BINARY = Path.of("/usr/sbin/nginx");
    private final Process process;
    final int port;

    private NginxProcess(Process process, int port) {
        this.process = process;
        this.port = port;
    }

    static boolean installed() {
        return Files.isExecutable(BINARY);
    }

    /** Serves {@code body} at {@code /manifest.json}; the directory must be readable by nginx's workers (user nobody). */
    static NginxProcess start(Path dir, int port, byte[] body) throws IOException, InterruptedException {
        Path root = Files.createDirectories(dir.resolve("root"));
        Files.write(root.resolve("manifest.json"), body);
        Path conf = dir.resolve("nginx.conf");
        Files.writeString(conf, String.join("\n",
                "daemon off;",
                "worker_processes auto;",
                "pid " + dir.resolve("nginx.pid") + ";",
                "error_log " + dir.resolve("error.log") + " warn;",
                "events { worker_connections 4096; }",
                "http {",
                "  access_log off;",
                "  client_body_temp_path " + dir.resolve("body") + ";",
                "  proxy_temp_path " + dir.resolve("proxy") + ";",
                "  fastcgi_temp_path " + dir.resolve("fastcgi") + ";",
                "  uwsgi_temp_path " + dir.resolve("uwsgi") + ";",
                "  scgi_temp_path " + dir.resolve("scgi") + ";",
                "  keepalive_requests 1000000;",
                "  server {",
                "    listen 127.0.0.1:" + port + ";",
                "    root " + root + ";",
                "    etag on;",
                "    default_type application/json;",
                "  }",
                "}", ""), StandardCharsets.UTF_8);
        Process p = new ProcessBuilder(List.of(BINARY.toString(), "-c", conf.toString(), "-p", dir.toString()))
                .redirectErrorStream(true).redirectOutput(dir.resolve("stdout.log").toFile()).start();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!listening(port)) {
            if (!p.isAlive() || System.nanoTime() > deadline) {
                p.destroy();
                throw new IOException("nginx did not start: " + Files.readString(dir.resolve("stdout.log")));
            }
            Thread.sleep(50);
        }
        return new NginxProcess(p, port);
    }

    private static boolean listening(int port) {
        try (java.net.Socket s = new java.net.Socket("127.0.0.1", port)) {
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroy();
        process.waitFor(10, TimeUnit.SECONDS);
    }
}
