package com.storefront.signage.node.sync;

import com.storefront.signage.core.protocol.CommandResult;
import com.storefront.signage.core.protocol.DeviceHeaders;
import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PairingRequest;
import com.storefront.signage.core.protocol.PairingStatus;
import com.storefront.signage.core.protocol.PairingTicket;
import com.storefront.signage.core.protocol.PlayBatch;
import com.storefront.signage.core.protocol.PlayReceipt;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.cache.MediaCache;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Optional;

/** The player's side of the protocol: plain HTTP with the shared JSON records. */
public final class ServerClient {
    private final ServerClock clock;
    private static final Duration TIMEOUT = Duration.ofSeconds(20);
    private final URI server;
    private final HttpClient http;

    public ServerClient(URI server) {
        this(server, ServerClock.system());
    }

    public ServerClient(URI server, ServerClock clock) {
        this.clock = clock;
        this.server = server;
        this.http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    }

    public PairingTicket requestPairing(DisplayClass displayClass, String version) throws IOException {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri("/api/v1/pairing"))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(new PairingRequest(displayClass, version)))));
        expect(r, 201);
        return ProtocolJson.read(r.body(), PairingTicket.class);
    }

    public PairingStatus pollPairing(PairingTicket ticket) throws IOException {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri("/api/v1/pairing/" + ticket.pairingId()))
                .header("Authorization", "Bearer " + ticket.secret()).GET());
        if (r.statusCode() == 401) {
            return new PairingStatus(PairingStatus.EXPIRED, null, null);
        }
        expect(r, 200);
        return ProtocolJson.read(r.body(), PairingStatus.class);
    }

    /** The manifest if it changed since {@code knownVersion}; empty on 304. */
    public Optional<Manifest> manifest(String token, String knownVersion) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/api/v1/device/manifest"))
                .header("Authorization", "Bearer " + token).GET();
        if (knownVersion != null) {
            request.header("If-None-Match", "\"" + knownVersion + "\"");
        }
        HttpResponse<byte[]> r = send(request);
        if (r.statusCode() == 304) {
            return Optional.empty();
        }
        expect(r, 200);
        return Optional.of(ProtocolJson.read(r.body(), Manifest.class));
    }

    public void heartbeat(String token, Heartbeat heartbeat) throws IOException {
        expect(send(HttpRequest.newBuilder(uri("/api/v1/device/heartbeat")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(heartbeat)))), 204);
    }

    /**
     * Answers a remote command; answering twice is harmless.
     *
     * @throws Refused when the server will not take the answer (404 unknown command, 409 expired)
     */
    public void answerCommand(String token, java.util.UUID id, CommandResult result) throws IOException {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri("/api/v1/device/commands/" + id)).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(result))));
        if (r.statusCode() >= 400 && r.statusCode() < 500 && r.statusCode() != 401) {
            throw Refused.of(r.statusCode(), r.body());
        }
        expect(r, 204);
    }

    /** Uploads the PNG a screenshot command asked for, before answering it. */
    public void uploadScreenshot(String token, java.util.UUID id, byte[] png) throws IOException {
        expect(send(HttpRequest.newBuilder(uri("/api/v1/device/commands/" + id + "/screenshot")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "image/png").POST(HttpRequest.BodyPublishers.ofByteArray(png))), 204);
    }

    /**
     * Uploads proof of play; the server counts each play's key once, so sending a batch again is safe.
     *
     * @throws Refused when the server refuses the batch as such (400 naming a record, 413 too large)
     */
    public PlayReceipt uploadPlays(String token, PlayBatch batch) throws IOException {
        HttpResponse<byte[]> r = send(HttpRequest.newBuilder(uri("/api/v1/device/plays")).header("Authorization", "Bearer " + token)
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(batch))));
        if (r.statusCode() == 400 || r.statusCode() == 413) {
            throw Refused.of(r.statusCode(), r.body());
        }
        expect(r, 200);
        return ProtocolJson.read(r.body(), PlayReceipt.class);
    }

    /**
     * Fetches {@code sha256} into the cache, resuming an interrupted download with a Range request
     * guarded by If-Range (the hash is the ETag, so a resume can only ever append the same bytes).
     */
    public void download(String token, String sha256, MediaCache cache) throws IOException {
        long have = cache.partialLength(sha256);
        HttpRequest.Builder request = HttpRequest.newBuilder(uri("/media/" + sha256))
                .header("Authorization", "Bearer " + token).timeout(Duration.ofMinutes(10)).GET();
        if (have > 0) {
            request.header("Range", "bytes=" + have + "-").header("If-Range", "\"" + sha256 + "\"");
        }
        try {
            HttpResponse<InputStream> r = http.send(request.build(), HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream body = r.body()) {
                switch (r.statusCode()) {
                    case 200 -> cache.store(sha256, body);
                    case 206 -> {
                        String range = r.headers().firstValue("Content-Range").orElse("");
                        if (!range.startsWith("bytes " + have + "-")) {
                            throw new IOException("media " + sha256 + ": asked to resume at " + have + ", got '" + range + "'");
                        }
                        cache.resume(sha256, body);
                    }
                    case 416 -> {
                        // nothing left to fetch: the partial file is whole (killed before the rename) or longer than the file
                        if (!cache.completePartial(sha256)) {
                            throw new IOException("media " + sha256 + ": partial download was not the file; starting over");
                        }
                    }
                    case 401 -> throw new Unauthorized();
                    default -> throw new IOException("media " + sha256 + ": HTTP " + r.statusCode());
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private HttpResponse<byte[]> send(HttpRequest.Builder request) throws IOException {
        try {
            Long skew = clock.skewMs();
            if (skew != null) {
                request.header(DeviceHeaders.CLOCK_SKEW, Long.toString(skew));
            }
            long sent = clock.localMillis();
            HttpResponse<byte[]> r = http.send(request.timeout(TIMEOUT).build(), HttpResponse.BodyHandlers.ofByteArray());
            long received = clock.localMillis();
            r.headers().firstValue(DeviceHeaders.SERVER_TIME).ifPresent(t -> {
                try {
                    clock.observe(sent, received, Long.parseLong(t));
                } catch (NumberFormatException e) {
                    // a proxy mangled it; the next exchange will do
                }
            });
            if (r.statusCode() == 401 && !r.uri().getPath().startsWith("/api/v1/pairing")) {
                throw new Unauthorized();
            }
            return r;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException("interrupted", e);
        }
    }

    private static void expect(HttpResponse<byte[]> r, int status) throws IOException {
        if (r.statusCode() != status) {
            throw new IOException(r.request().method() + " " + r.uri().getPath() + ": HTTP " + r.statusCode()
                    + " " + new String(r.body(), java.nio.charset.StandardCharsets.UTF_8));
        }
    }

    private URI uri(String path) {
        return server.resolve(path);
    }

    /** The server no longer accepts this device's token (revoked, or the display was deleted): pair again. */
    public static final class Unauthorized extends IOException {
        public Unauthorized() {
            super("device token refused by the server");
        }
    }

    /** The server read the request and refused it: {@code field} names what is wrong (e.g. {@code plays[3].endedAt}). */
    public static final class Refused extends IOException {
        private final int status;
        private final String field;

        public Refused(int status, String field, String message) {
            super("HTTP " + status + (field == null ? "" : " " + field) + ": " + message);
            this.status = status;
            this.field = field;
        }

        static Refused of(int status, byte[] body) {
            try {
                com.fasterxml.jackson.databind.JsonNode error = ProtocolJson.mapper().readTree(body);
                return new Refused(status, error.path("field").textValue(), error.path("message").asText(""));
            } catch (IOException | RuntimeException e) {
                return new Refused(status, null, new String(body, java.nio.charset.StandardCharsets.UTF_8));
            }
        }

        public int status() {
            return status;
        }

        public String field() {
            return field;
        }
    }
}
