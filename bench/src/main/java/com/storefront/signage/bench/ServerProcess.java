package com.storefront.signage.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** A {@link PushServerMain} child JVM, driven over its stdin and stdout. */
final class ServerProcess implements AutoCloseable {
    private final Process process;
    private final BufferedReader out;
    private final PrintWriter in;
    final int port;

    private ServerProcess(Process process) throws IOException {
        this.process = process;
        this.out = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        this.in = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.port = Integer.parseInt(reply("ready"));
    }

    static ServerProcess start(int port, Path data, String adminPassword, String xmx) throws IOException {
        return start(port, data, adminPassword, xmx, List.of());
    }

    static ServerProcess start(int port, Path data, String adminPassword, String xmx, List<String> jvmOptions) throws IOException {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(command(java, xmx, jvmOptions, port, data, adminPassword))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        return new ServerProcess(p);
    }

    private static List<String> command(String java, String xmx, List<String> jvmOptions, int port, Path data, String adminPassword) {
        List<String> command = new java.util.ArrayList<>(List.of(java, "-Xmx" + xmx));
        command.addAll(jvmOptions);
        // e.g. SIGNAGE_BENCH_SERVER_JVM=-XX:StartFlightRecording=filename=/tmp/server.jfr to profile the server under load
        String extra = System.getenv("SIGNAGE_BENCH_SERVER_JVM");
        if (extra != null && !extra.isBlank()) {
            command.addAll(List.of(extra.trim().split("\\s+")));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), "com.storefront.signage.bench.BenchMain", "push-server",
                Integer.toString(port), data.toString(), adminPassword));
        return command;
    }

    /** Heap used after a full GC in the server's JVM, and its open hint sockets. */
    long[] heap() throws IOException {
        in.println("heap");
        String[] w = reply("heap").split(" ");
        return new long[] {Long.parseLong(w[0]), Long.parseLong(w[1])};
    }

    /** Creates displays with device tokens in the server's database; see {@link FleetDisplays}. */
    List<String[]> seedDisplays(int count, List<String> storeIds, Path tokens) throws IOException {
        in.println("seed-displays " + count + " " + tokens + " " + String.join(",", storeIds));
        reply("seeded");
        return FleetDisplays.read(tokens);
    }

    /** A graceful stop: sockets are closed as "going away", then the server and its PostgreSQL. */
    @Override
    public void close() throws IOException {
        if (process.isAlive()) {
            in.println("stop");
            try {
                reply("stopped");
                process.waitFor(60, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            } finally {
                process.destroy();
            }
        }
    }

    private String reply(String word) throws IOException {
        String line;
        while ((line = out.readLine()) != null) {
            if (line.startsWith(PushServerMain.PREFIX + word)) {
                return line.substring((PushServerMain.PREFIX + word).length()).trim();
            }
        }
        throw new IOException("the server process ended before answering '" + word + "' (exit " + exitValue() + ")");
    }

    private String exitValue() {
        try {
            return String.valueOf(process.waitFor(5, TimeUnit.SECONDS) ? process.exitValue() : "still running");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return "unknown";
        }
    }
}
