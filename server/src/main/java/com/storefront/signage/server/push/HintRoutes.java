package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.PushMessage;
import com.storefront.signage.server.device.DeviceAuthHandler;
import com.storefront.signage.server.device.DeviceIdentity;
import com.storefront.signage.server.http.ApiException;
import io.vertx.core.http.ServerWebSocket;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * {@code GET /api/v1/device/hints}: a player's WebSocket, opened with its device token like every
 * device route (401 before the upgrade otherwise). The server sends {@link PushMessage}s; players
 * send nothing yet, so text from them is ignored and binary closes the socket.
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
        router.get(PushMessage.PATH).handler(auth).handler(this::handleUpgrade);
    }

    private void handleUpgrade(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        if (!ctx.request().canUpgradeToWebSocket()) {
            ctx.response().putHeader("Upgrade", "websocket");
            throw new ApiException(426, "upgrade_required", "Upgrade", "open " + PushMessage.PATH + " as a WebSocket");
        }
        ctx.request().toWebSocket()
                .onSuccess(socket -> accept(socket, new PushConnection(socket, device.displayId(), device.organisationId())))
                .onFailure(e -> LOG.log(Level.FINE, "hint socket upgrade failed", e));
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
