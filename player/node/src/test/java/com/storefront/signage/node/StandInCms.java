package com.storefront.signage.node;

import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PairingRequest;
import com.storefront.signage.core.protocol.PairingStatus;
import com.storefront.signage.core.protocol.PairingTicket;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A real HTTP server on 127.0.0.1 speaking the device side of the CMS protocol, with the shared
 * records: manifest with ETag/304, media by sha256, pairing. What it serves is set by the test.
 */
final class StandInCms implements AutoCloseable {
    static final String TICKET_CODE = "K7Q-4PX";
    private static final String JSON = "application/json";
    private static final byte[] NO_BODY = new byte[0];

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final String token;
    private final Map<String, byte[]> media = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> mediaRequests = new ConcurrentHashMap<>();
    private final CopyOnWriteArrayList<PairingRequest> pairingRequests = new CopyOnWriteArrayList<>();
    private final CopyOnWriteArrayList<Heartbeat> heartbeats = new CopyOnWriteArrayList<>();
    private volatile Manifest manifest;
    private volatile boolean tokenRevoked;
    private volatile int mediaBytesPerSecond;
    private volatile int dropNextMediaAfter = -1;
    private final CopyOnWriteArrayList<String> mediaRanges = new CopyOnWriteArrayList<>();
    private final AtomicInteger mediaBytesSent = new AtomicInteger();

    private StandInCms(String token) throws IOException {
        this.token = token;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/api/v1/device/manifest", reportingFailures(this::handleManifest));
        server.createContext("/media/", reportingFailures(this::handleMedia));
        server.createContext("/api/v1/pairing", reportingFailures(this::handlePairing));
        server.createContext("/api/v1/device/heartbeat", reportingFailures(this::handleHeartbeat));
        server.setExecutor(executor);
        server.start();
    }

    /** Starts a server that accepts {@code token} as a device token. */
    static StandInCms start(String token) throws IOException {
        return new StandInCms(token);
    }

    URI uri() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }

    void publish(Manifest next) {
        manifest = next;
    }

    /** Serves {@code bytes} under {@code sha256}; bytes that hash differently play a corrupting network. */
    void serveMedia(String sha256, byte[] bytes) {
        media.put(sha256, bytes);
    }

    /** Serves media at about this rate, in small chunks, like a weak shop Wi-Fi; 0 for full speed. */
    void throttleMedia(int bytesPerSecond) {
        mediaBytesPerSecond = bytesPerSecond;
    }

    /** The next media response promises the whole file but the connection drops after {@code bytes}, as on flaky Wi-Fi. */
    void dropNextMediaAfter(int bytes) {
        dropNextMediaAfter = bytes;
    }

    /** The Range headers media requests carried, in order ("" for none). */
    List<String> mediaRanges() {
        return List.copyOf(mediaRanges);
    }

    /** Media body bytes sent so far, over all requests. */
    int mediaBytesSent() {
        return mediaBytesSent.get();
    }

    /** From now on the device token is refused, as after an admin deleted the display. */
    void revokeToken() {
        tokenRevoked = true;
    }

    int mediaRequests(String sha256) {
        AtomicInteger count = mediaRequests.get(sha256);
        return count == null ? 0 : count.get();
    }

    List<Heartbeat> heartbeats() {
        return List.copyOf(heartbeats);
    }

    List<PairingRequest> pairingRequests() {
        return List.copyOf(pairingRequests);
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void handleManifest(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            send(exchange, 401, NO_BODY, null);
            return;
        }
        Manifest current = manifest;
        if (current == null) {
            send(exchange, 404, NO_BODY, null);
            return;
        }
        String etag = "\"" + current.version() + "\"";
        exchange.getResponseHeaders().set("ETag", etag);
        if (etag.equals(exchange.getRequestHeaders().getFirst("If-None-Match"))) {
            send(exchange, 304, NO_BODY, null);
            return;
        }
        send(exchange, 200, ProtocolJson.write(current), JSON);
    }

    private void handleMedia(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            send(exchange, 401, NO_BODY, null);
            return;
        }
        String sha = exchange.getRequestURI().getPath().substring("/media/".length());
        mediaRequests.computeIfAbsent(sha, s -> new AtomicInteger()).incrementAndGet();
        byte[] bytes = media.get(sha);
        String range = exchange.getRequestHeaders().getFirst("Range");
        mediaRanges.add(range == null ? "" : range);
        int drop = dropNextMediaAfter;
        if (bytes != null && drop >= 0) {
            dropNextMediaAfter = -1;
            dropAfter(exchange, bytes, drop);
        } else if (bytes != null && range != null && range.matches("bytes=\\d+-")) {
            int from = Integer.parseInt(range.substring("bytes=".length(), range.length() - 1));
            if (from >= bytes.length) {
                exchange.getResponseHeaders().set("Content-Range", "bytes */" + bytes.length);
                send(exchange, 416, NO_BODY, null);
            } else {
                exchange.getResponseHeaders().set("Content-Range", "bytes " + from + "-" + (bytes.length - 1) + "/" + bytes.length);
                mediaBytesSent.addAndGet(bytes.length - from);
                send(exchange, 206, java.util.Arrays.copyOfRange(bytes, from, bytes.length), "image/png");
            }
        } else if (bytes == null) {
            send(exchange, 404, NO_BODY, null);
        } else if (mediaBytesPerSecond > 0) {
            sendSlowly(exchange, bytes, mediaBytesPerSecond);
        } else {
            mediaBytesSent.addAndGet(bytes.length);
            send(exchange, 200, bytes, "image/png");
        }
    }

    private void handleHeartbeat(HttpExchange exchange) throws IOException {
        if (!authorised(exchange)) {
            send(exchange, 401, NO_BODY, null);
            return;
        }
        heartbeats.add(ProtocolJson.read(exchange.getRequestBody().readAllBytes(), Heartbeat.class));
        send(exchange, 204, NO_BODY, null);
    }

    private void handlePairing(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        if ("POST".equals(exchange.getRequestMethod()) && path.equals("/api/v1/pairing")) {
            pairingRequests.add(ProtocolJson.read(exchange.getRequestBody().readAllBytes(), PairingRequest.class));
            send(exchange, 201, ProtocolJson.write(new PairingTicket("pairing-1", TICKET_CODE, "secret-1",
                    "2099-01-01T00:00:00Z", 200)), JSON);
        } else if ("GET".equals(exchange.getRequestMethod()) && path.equals("/api/v1/pairing/pairing-1")) {
            send(exchange, 200, ProtocolJson.write(new PairingStatus(PairingStatus.PENDING, null, null)), JSON);
        } else {
            send(exchange, 404, NO_BODY, null);
        }
    }

    private void dropAfter(HttpExchange exchange, byte[] body, int bytes) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "image/png");
        exchange.sendResponseHeaders(200, body.length);
        exchange.getResponseBody().write(body, 0, bytes);
        exchange.getResponseBody().flush();
        mediaBytesSent.addAndGet(bytes);
        exchange.close(); // fewer bytes than promised: the JDK server closes the socket, which is the drop
    }

    private static void sendSlowly(HttpExchange exchange, byte[] body, int bytesPerSecond) throws IOException {
        int chunk = 16 * 1024;
        try (exchange) {
            exchange.getResponseHeaders().set("Content-Type", "image/png");
            exchange.sendResponseHeaders(200, body.length);
            for (int offset = 0; offset < body.length; offset += chunk) {
                exchange.getResponseBody().write(body, offset, Math.min(chunk, body.length - offset));
                exchange.getResponseBody().flush();
                Thread.sleep(Math.max(1, 1000L * chunk / bytesPerSecond));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the player went away mid-download (killed, in the crash tests): nothing to answer
        }
    }

    /** The JDK server drops the connection silently when a handler throws; answer 500 and say why instead. */
    private static HttpHandler reportingFailures(HttpHandler handler) {
        return exchange -> {
            try {
                handler.handle(exchange);
            } catch (IOException | RuntimeException e) {
                System.err.println("stand-in CMS failed on " + exchange.getRequestURI() + ": " + e);
                send(exchange, 500, NO_BODY, null);
            }
        };
    }

    private boolean authorised(HttpExchange exchange) {
        return !tokenRevoked && ("Bearer " + token).equals(exchange.getRequestHeaders().getFirst("Authorization"));
    }

    private static void send(HttpExchange exchange, int status, byte[] body, String contentType) throws IOException {
        try (exchange) {
            exchange.getRequestBody().readAllBytes();
            if (body.length == 0) {
                exchange.sendResponseHeaders(status, -1);
            } else {
                exchange.getResponseHeaders().set("Content-Type", contentType);
                exchange.sendResponseHeaders(status, body.length);
                exchange.getResponseBody().write(body);
            }
        }
    }
}
