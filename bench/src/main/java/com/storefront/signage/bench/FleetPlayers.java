package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.ManifestHint;
import com.storefront.signage.node.sync.HintedFetch;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.protocol.PushMessage;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import io.vertx.core.http.WebSocketClient;
import io.vertx.core.http.WebSocketClientOptions;
import io.vertx.core.http.WebSocketConnectOptions;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Many lightweight players in this JVM: each a real WebSocket to the hint endpoint and manifest
 * fetches with {@code If-None-Match} through one shared HTTP connection pool, as the player's sync
 * loop does after a hint. Callbacks run on Vert.x event loops; a player's fields are written only
 * on its socket's loop and read by the driver thread through volatiles.
 */
final class FleetPlayers implements AutoCloseable {
    /** Connections being opened at once: beyond the server's accept backlog, SYNs are dropped and retried a second later. */
    private static final int OPENING = 200;
    private final Vertx vertx;
    private final WebSocketClient sockets;
    private final HttpClient http;
    private final String host;
    private final int port;
    final List<Player> players = new ArrayList<>();
    final AtomicInteger open = new AtomicInteger();
    final AtomicInteger connectFailures = new AtomicInteger();
    final AtomicInteger fetchFailures = new AtomicInteger();

    FleetPlayers(String host, int port, List<String[]> devices, int fetchConnections) {
        this.vertx = Vertx.vertx();
        this.host = host;
        this.port = port;
        this.sockets = vertx.createWebSocketClient(new WebSocketClientOptions().setMaxConnections(devices.size() + 1)
                .setConnectTimeout(30_000));
        this.http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDefaultHost(host).setDefaultPort(port),
                new PoolOptions().setHttp1MaxSize(fetchConnections).setMaxWaitQueueSize(-1));
        for (String[] d : devices) {
            players.add(new Player(d[0], d[1]));
        }
    }

    /** Opens every player's socket, a bounded number at a time; completes when all are open. */
    Future<Void> connectAll() {
        AtomicInteger next = new AtomicInteger();
        List<Future<Void>> lanes = new ArrayList<>();
        for (int i = 0; i < Math.min(OPENING, players.size()); i++) {
            lanes.add(lane(next));
        }
        return Future.all(lanes).mapEmpty();
    }

    private Future<Void> lane(AtomicInteger next) {
        int i = next.getAndIncrement();
        if (i >= players.size()) {
            return Future.succeededFuture();
        }
        return connect(players.get(i)).compose(v -> lane(next));
    }

    private Future<Void> connect(Player p) {
        WebSocketConnectOptions options = new WebSocketConnectOptions().setHost(host).setPort(port).setURI(PushMessage.PATH)
                .addHeader("Authorization", "Bearer " + p.token);
        return sockets.connect(options).compose(ws -> {
            open.incrementAndGet();
            ws.textMessageHandler(text -> p.onHint(text));
            ws.closeHandler(v -> open.decrementAndGet());
            return Future.<Void>succeededFuture();
        }, e -> {
            connectFailures.incrementAndGet();
            return vertx.timer(1000).compose(t -> connect(p));
        });
    }

    /** One simulated display. */
    final class Player {
        final String token;
        final String storeId;
        volatile String etag;
        volatile int hints;
        volatile long hintAt;
        volatile int manifests;
        volatile long manifestAt;
        private volatile int marked;
        private volatile long firstHintAfterMark;
        private volatile long firstManifestAfterMark;

        Player(String token, String storeId) {
            this.token = token;
            this.storeId = storeId;
        }

        void mark() {
            marked = hints;
        }

        boolean hintedSinceMark() {
            return hints > marked;
        }

        long firstHintSinceMark() {
            return firstHintAfterMark;
        }

        long firstManifestSinceMark() {
            return firstManifestAfterMark;
        }

        private void onHint(String text) {
            long now = System.nanoTime();
            ManifestHint hint = (ManifestHint) ProtocolJson.read(text.getBytes(StandardCharsets.UTF_8), PushMessage.class);
            if (hints == marked) {
                firstHintAfterMark = now;
                firstManifestAfterMark = 0;
            }
            hintAt = now;
            hints++;
            // as the player does: at a random moment within the window the server asked for
            HintedFetch.delayMillis(hint, etag, ThreadLocalRandom.current()).ifPresent(delay -> {
                if (delay == 0) {
                    fetch();
                } else {
                    vertx.setTimer(delay, t -> fetch());
                }
            });
        }

        /** GET the manifest with the version held, as the player does: 200 with the new one, or 304. */
        private void fetch() {
            RequestOptions request = new RequestOptions().setMethod(HttpMethod.GET).setURI("/api/v1/device/manifest")
                    .addHeader("Authorization", "Bearer " + token);
            if (etag != null) {
                request.addHeader("If-None-Match", "\"" + etag + "\"");
            }
            http.request(request).compose(r -> r.send().compose(response -> response.body().map(body -> {
                String tag = response.getHeader("ETag");
                if (response.statusCode() == 200 && tag != null) {
                    etag = tag.replace("\"", "");
                } else if (response.statusCode() != 304) {
                    throw new IllegalStateException("manifest: HTTP " + response.statusCode());
                }
                return body;
            }))).onSuccess(b -> {
                long now = System.nanoTime();
                if (firstManifestAfterMark == 0) {
                    firstManifestAfterMark = now;
                }
                manifestAt = now;
                manifests++;
            }).onFailure(e -> fetchFailures.incrementAndGet());
        }
    }

    @Override
    public void close() {
        vertx.close().toCompletionStage().toCompletableFuture().join();
    }

    Vertx vertx() {
        return vertx;
    }
}
