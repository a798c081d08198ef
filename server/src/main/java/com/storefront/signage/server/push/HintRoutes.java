package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.PushMessage;
import com.storefront.signage.server.device.BearerToken;
import com.storefront.signage.server.device.DeviceAuthHandler;
import com.storefront.signage.server.device.DeviceIdentity;
import com.storefront.signage.server.http.ApiException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.core.http.ServerWebSocketHandshake;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /api/v1/device/hints}: a player's WebSocket, opened with its device token like every
 * device route (401 before the upgrade otherwise). The upgrade is taken at the HTTP server's
 * handshake, not through the router, so that an open socket keeps no request, response or routing
 * context alive: a server holds thousands. The router answers the same path without an upgrade
 * with 426. The server sends {@link PushMessage}s; players send nothing yet, so text from them is
 * ignored and binary closes the socket.
 */
public final class HintRoutes {
    private static final Logger LOG = Logger.getLogger(HintRoutes.class.getName());
    private final DeviceAuthHandler auth;
    private final HintHub hub;

    public HintRoutes(DeviceAuthHandler auth, HintHub hub) {
        this.auth = auth;
        this.hub = hub;
    }

    public void mount(Router router) {
        router.get(PushMessage.PATH).handler(auth).handler(this::handleNotUpgraded);
    }

    /** For {@code HttpServer.webSocketHandshakeHandler}: every upgrade request of the server comes here. */
    public void handshake(ServerWebSocketHandshake handshake) {
        if (!PushMessage.PATH.equals(handshake.path())) {
            handshake.reject(404);
            return;
        }
        String token = BearerToken.of(handshake.headers().get("Authorization")).orElse(null);
        if (token == null) {
            handshake.reject(401);
            return;
        }
        auth.identify(token, null).onComplete(found -> {
            if (found.failed()) {
                LOG.log(Level.WARNING, "hint socket refused: cannot check the device token", found.cause());
                handshake.reject(503);
            } else if (found.result().isEmpty()) {
                handshake.reject(401);
            } else {
                DeviceIdentity device = found.result().get();
                handshake.accept()
                        .onSuccess(socket -> accept(socket, new PushConnection(socket, device.displayId(), device.organisationId())))
                        .onFailure(e -> LOG.log(Level.FINE, "hint socket upgrade failed", e));
            }
        });
    }

    private void handleNotUpgraded(RoutingContext ctx) {
        ctx.response().putHeader("Upgrade", "websocket");
        throw new ApiException(426, "upgrade_required", "Upgrade", "open " + PushMessage.PATH + " as a WebSocket");
    }

    private void accept(ServerWebSocket socket, PushConnection connection) {
        socket.pongHandler(b -> connection.heard());
        socket.textMessageHandler(text -> connection.heard());
        socket.binaryMessageHandler(b -> connection.close(PushConnection.UNSUPPORTED, "players send nothing binary on this socket"));
        // an oversized frame or a broken connection: the socket closes and only this player reconnects
        socket.exceptionHandler(e -> LOG.log(Level.FINE, "hint socket of display " + connection.displayId() + ": " + e));
        socket.closeHandler(v -> hub.unregister(connection));
        hub.register(connection);
    }
}
