package com.storefront.signage.node.sync;

import com.storefront.signage.core.protocol.CommandHint;
import com.storefront.signage.core.protocol.ManifestHint;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.protocol.PushMessage;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.net.http.WebSocketHandshakeException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The player's one WebSocket to the server ({@link PushMessage#PATH}), over which it hears that
 * its manifest changed. It reconnects by itself with {@link ReconnectBackoff} (the attempt count
 * starts again only after a connection that stayed up for {@code stableAfter}) and counts a
 * socket dead after {@code silenceLimit} without a message or a ping. A 401 on the upgrade stops
 * it until {@link #open} is called with another token.
 *
 * <p>Threading: callbacks come from the {@link HttpClient}'s threads and reconnects run on the
 * given timer; state is guarded by this object's lock and the {@link Listener} is called outside
 * it. Listeners must return quickly (hand the work to another thread).
 */
public final class HintChannel implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(HintChannel.class.getName());
    private static final int MAX_MESSAGE_CHARS = 4096;

    /** What the channel reports; every method has a no-op default. */
    public interface Listener {
        /** The server says the display's manifest is at this version (also right after each connect). */
        default void onHint(ManifestHint hint) {
        }

        /** The server asks for a remote command; the same id may come again after a reconnect. */
        default void onCommand(CommandHint command) {
        }

        default void onOpen() {
        }

        default void onClosed() {
        }

        /** The server refused the token (401): the channel waits for {@link #open} with a new one. */
        default void onRefused() {
        }

        /** Retry {@code attempt} (from 0) is due in {@code delayMillis}. */
        default void onRetryScheduled(int attempt, long delayMillis) {
        }
    }

    private enum State { IDLE, CONNECTING, OPEN, WAITING, REFUSED, CLOSED }

    private final URI uri;
    private final HttpClient http;
    private final ScheduledExecutorService timer;
    private final ReconnectBackoff backoff;
    private final long silenceLimitNanos;
    private final long stableAfterNanos;
    private final Listener listener;

    private State state = State.IDLE;
    private String token;
    private int attempt;
    private long generation;
    private WebSocket socket;
    private long openedAt;
    private volatile long lastHeard;
    private ScheduledFuture<?> pending;

    public HintChannel(URI server, HttpClient http, ScheduledExecutorService timer, ReconnectBackoff backoff,
                       Duration silenceLimit, Duration stableAfter, Listener listener) {
        this.uri = webSocketUri(server);
        this.http = http;
        this.timer = timer;
        this.backoff = backoff;
        this.silenceLimitNanos = silenceLimit.toNanos();
        this.stableAfterNanos = stableAfter.toNanos();
        this.listener = listener;
    }

    /** The defaults a player uses: standard backoff, the protocol's silence limit, stable after one ping interval. */
    public static HintChannel forPlayer(URI server, HttpClient http, ScheduledExecutorService timer, Listener listener) {
        return new HintChannel(server, http, timer, ReconnectBackoff.standard(), Duration.ofSeconds(PushMessage.SILENCE_LIMIT_SECONDS),
                Duration.ofSeconds(PushMessage.PING_SECONDS), listener);
    }

    /**
     * Keeps a socket open with this device token from now on: connects at once if nothing is open or
     * under way for it; a different token drops the old socket first. Cheap to call on every sync.
     */
    public void open(String deviceToken) {
        synchronized (this) {
            // a refused token stays refused: the player's next request hears the same 401 and pairs again
            if (state == State.CLOSED || (deviceToken.equals(token) && state != State.IDLE)) {
                return;
            }
            dropSocket();
            token = deviceToken;
            attempt = 0;
            connect();
        }
    }

    /** Drops the socket and stays down until the next {@link #open}, e.g. while the player pairs again. */
    public void stop() {
        synchronized (this) {
            if (state != State.CLOSED) {
                dropSocket();
                state = State.IDLE;
                token = null;
            }
        }
    }

    public synchronized boolean isOpen() {
        return state == State.OPEN;
    }

    @Override
    public void close() {
        synchronized (this) {
            dropSocket();
            state = State.CLOSED;
        }
    }

    // ---- under the lock ----

    private void connect() {
        state = State.CONNECTING;
        long gen = ++generation;
        String bearer = "Bearer " + token;
        CompletionStage<WebSocket> future;
        try {
            future = http.newWebSocketBuilder().header("Authorization", bearer).connectTimeout(Duration.ofSeconds(10))
                    .buildAsync(uri, new Socket(gen));
        } catch (RuntimeException e) {
            failed(gen, e);
            return;
        }
        // success is reported by Socket.onOpen, which comes before the first message
        future.whenComplete((ws, error) -> {
            if (error != null) {
                failed(gen, error);
            }
        });
    }

    private void dropSocket() {
        generation++;
        if (pending != null) {
            pending.cancel(false);
            pending = null;
        }
        if (socket != null) {
            socket.abort();
            socket = null;
        }
    }

    private void retryLater() {
        long delay = backoff.delayMillis(attempt);
        int thisAttempt = attempt;
        attempt = attempt == Integer.MAX_VALUE ? attempt : attempt + 1;
        state = State.WAITING;
        long gen = generation;
        try {
            pending = timer.schedule(() -> {
                synchronized (this) {
                    if (gen == generation && state == State.WAITING) {
                        connect();
                    }
                }
            }, delay, TimeUnit.MILLISECONDS);
            timer.execute(() -> listener.onRetryScheduled(thisAttempt, delay));
        } catch (RejectedExecutionException e) {
            // the owner shut the timer down: it is closing
            state = State.CLOSED;
        }
    }

    // ---- callbacks ----

    private void opened(long gen, WebSocket ws) {
        synchronized (this) {
            if (gen != generation || state != State.CONNECTING) {
                ws.abort();
                return;
            }
            socket = ws;
            state = State.OPEN;
            openedAt = System.nanoTime();
            lastHeard = openedAt;
            long period = Math.max(1, silenceLimitNanos / 3);
            try {
                pending = timer.scheduleAtFixedRate(() -> checkSilence(gen), period, period, TimeUnit.NANOSECONDS);
            } catch (RejectedExecutionException e) {
                ws.abort();
                state = State.CLOSED;
                return;
            }
        }
        listener.onOpen();
    }

    private void failed(long gen, Throwable error) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        boolean refused = cause instanceof WebSocketHandshakeException h && h.getResponse().statusCode() == 401;
        synchronized (this) {
            if (gen != generation || state != State.CONNECTING) {
                return;
            }
            if (refused) {
                state = State.REFUSED;
            } else {
                LOG.log(Level.FINE, "hint socket: cannot connect: " + cause);
                retryLater();
            }
        }
        if (refused) {
            listener.onRefused();
        }
    }

    private void lost(long gen, String why) {
        synchronized (this) {
            if (gen != generation || state != State.OPEN) {
                return;
            }
            LOG.log(Level.FINE, "hint socket lost: " + why);
            if (System.nanoTime() - openedAt >= stableAfterNanos) {
                attempt = 0;
            }
            dropSocket();
            retryLater();
        }
        listener.onClosed();
    }

    private void checkSilence(long gen) {
        if (System.nanoTime() - lastHeard > silenceLimitNanos) {
            lost(gen, "nothing heard for " + TimeUnit.NANOSECONDS.toSeconds(silenceLimitNanos) + " s");
        }
    }

    private void received(String text) {
        PushMessage message;
        try {
            message = ProtocolJson.read(text.getBytes(StandardCharsets.UTF_8), PushMessage.class);
        } catch (RuntimeException e) {
            // a newer server may send kinds this player does not know yet
            LOG.log(Level.FINE, "hint socket: ignoring message " + text + ": " + e.getMessage());
            return;
        }
        if (message instanceof ManifestHint hint) {
            listener.onHint(hint);
        } else if (message instanceof CommandHint command) {
            listener.onCommand(command);
        }
    }

    private static URI webSocketUri(URI server) {
        String scheme = "https".equalsIgnoreCase(server.getScheme()) ? "wss" : "ws";
        return URI.create(scheme + "://" + server.getRawAuthority()).resolve(PushMessage.PATH);
    }

    /** One socket's events; those of a socket that was replaced are ignored by generation. */
    private final class Socket implements WebSocket.Listener {
        private final long gen;
        private final StringBuilder text = new StringBuilder();

        Socket(long gen) {
            this.gen = gen;
        }

        @Override
        public void onOpen(WebSocket ws) {
            opened(gen, ws);
            ws.request(1);
        }

        @Override
        public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
            lastHeard = System.nanoTime();
            if (text.length() + data.length() <= MAX_MESSAGE_CHARS) {
                text.append(data);
            } else {
                text.setLength(MAX_MESSAGE_CHARS + 1);
            }
            if (last) {
                String message = text.toString();
                text.setLength(0);
                if (message.length() <= MAX_MESSAGE_CHARS && isCurrent()) {
                    received(message);
                }
            }
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onBinary(WebSocket ws, ByteBuffer data, boolean last) {
            lastHeard = System.nanoTime();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPing(WebSocket ws, ByteBuffer message) {
            // the JDK answers with a pong by itself
            lastHeard = System.nanoTime();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onPong(WebSocket ws, ByteBuffer message) {
            lastHeard = System.nanoTime();
            ws.request(1);
            return null;
        }

        @Override
        public CompletionStage<?> onClose(WebSocket ws, int statusCode, String reason) {
            lost(gen, "closed by the server (" + statusCode + " " + reason + ")");
            return null;
        }

        @Override
        public void onError(WebSocket ws, Throwable error) {
            lost(gen, String.valueOf(error));
        }

        private boolean isCurrent() {
            synchronized (HintChannel.this) {
                return gen == generation && state == State.OPEN;
            }
        }
    }
}
