package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.ManifestHint;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.protocol.PushMessage;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.ServerWebSocket;
import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * One player's open hint socket. Deliberately small, since a server holds thousands: the socket,
 * whose display it is, the version last sent and when the player was last heard from. Touched only
 * on the {@link HintHub}'s context.
 */
final class PushConnection {
    static final short GOING_AWAY = 1001;
    static final short POLICY = 1008;
    static final short UNSUPPORTED = 1003;

    private final ServerWebSocket socket;
    private final UUID displayId;
    private final UUID organisationId;
    private String lastVersion;
    private long lastHeard = System.nanoTime();

    PushConnection(ServerWebSocket socket, UUID displayId, UUID organisationId) {
        this.socket = socket;
        this.displayId = displayId;
        this.organisationId = organisationId;
    }

    UUID displayId() {
        return displayId;
    }

    UUID organisationId() {
        return organisationId;
    }

    String lastVersion() {
        return lastVersion;
    }

    /** Sends the version unless the player is not reading (its queue full): then the socket goes, and the player reconnects. */
    void hint(String version, int fetchWithinMs) {
        lastVersion = version;
        if (socket.writeQueueFull()) {
            close(POLICY, "not reading its hints");
            return;
        }
        socket.writeTextMessage(new String(ProtocolJson.write(new ManifestHint(version, fetchWithinMs)), StandardCharsets.UTF_8));
    }

    /** Sends any other message; false when the player is not reading (the socket then goes). */
    boolean send(PushMessage message) {
        if (socket.isClosed()) {
            return false;
        }
        if (socket.writeQueueFull()) {
            close(POLICY, "not reading its hints");
            return false;
        }
        socket.writeTextMessage(new String(ProtocolJson.write(message), StandardCharsets.UTF_8));
        return true;
    }

    void heard() {
        lastHeard = System.nanoTime();
    }

    boolean silentFor(long nanos) {
        return System.nanoTime() - lastHeard > nanos;
    }

    void ping() {
        socket.writePing(Buffer.buffer());
    }

    void close(short code, String reason) {
        if (!socket.isClosed()) {
            socket.close(code, reason);
        }
    }
}
