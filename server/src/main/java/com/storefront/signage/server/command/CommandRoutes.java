package com.storefront.signage.server.command;

import com.storefront.signage.core.protocol.CommandResult;
import com.storefront.signage.core.protocol.CommandType;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.device.DeviceAuthHandler;
import com.storefront.signage.server.device.DeviceIdentity;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Remote commands. Operators: {@code POST /api/v1/displays/{id}/commands} and the history. Who may
 * ask: an admin anything, a store manager anything for displays of their stores, marketing only
 * screenshots (to see a campaign on a screen; restarting hardware is not theirs to do). Anyone who
 * may see the display may read its history and screenshots. Players answer with
 * {@code POST /api/v1/device/commands/{id}} and upload screenshots before answering.
 */
public final class CommandRoutes {
    private static final int HISTORY = 100;
    private final Vertx vertx;
    private final DisplayRepository displays;
    private final CommandRepository commands;
    private final CommandDelivery delivery;
    private final DeviceAuthHandler auth;

    public CommandRoutes(Vertx vertx, DisplayRepository displays, CommandRepository commands, CommandDelivery delivery,
                         DeviceAuthHandler auth) {
        this.vertx = vertx;
        this.displays = displays;
        this.commands = commands;
        this.delivery = delivery;
        this.auth = auth;
    }

    public void mount(Router router) {
        router.post("/api/v1/displays/:displayId/commands").handler(this::handleRequest);
        router.get("/api/v1/displays/:displayId/commands").handler(this::handleHistory);
        router.get("/api/v1/displays/:displayId/commands/:commandId/screenshot").handler(this::handleScreenshot);
        router.post("/api/v1/device/commands/:commandId").handler(auth).handler(this::handleAnswer);
        router.post("/api/v1/device/commands/:commandId/screenshot").handler(auth).handler(this::handleUpload);
    }

    private void handleRequest(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.STORE_MANAGER, Role.MARKETING);
        UUID id = Ids.path(ctx, "displayId", "display");
        CommandType type = JsonBodies.read(ctx, CommandRequest.class).commandType();
        if (p.role() == Role.MARKETING && type != CommandType.SCREENSHOT) {
            throw ApiException.forbidden("marketing may request screenshots only, not " + type.id());
        }
        visible(p, id)
                .map(d -> {
                    if (d.revoked()) {
                        throw ApiException.conflict("displayId", "the display is revoked; it cannot run commands");
                    }
                    if (type == CommandType.FULL_REFRESH && !d.displayClass().isEink()) {
                        throw ApiException.invalid("type", "full_refresh is for e-ink displays; " + d.displayClass().id() + " is not one");
                    }
                    return d;
                })
                .compose(d -> commands.insert(p.organisationId(), id, type, p.userId(), p.email()))
                .compose(c -> delivery.announce(p.organisationId(), c))
                .onSuccess(c -> JsonBodies.created(ctx, c)).onFailure(ctx::fail);
    }

    private void handleHistory(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "displayId", "display");
        visible(p, id).compose(d -> commands.history(p.organisationId(), id, HISTORY))
                .onSuccess(list -> JsonBodies.ok(ctx, list)).onFailure(ctx::fail);
    }

    private void handleScreenshot(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "displayId", "display");
        UUID commandId = Ids.path(ctx, "commandId", "command");
        visible(p, id).compose(d -> commands.screenshot(p.organisationId(), id, commandId))
                .map(png -> png.orElseThrow(() -> ApiException.notFound("screenshot")))
                .onSuccess(png -> ctx.response().putHeader("Content-Type", "image/png").putHeader("Cache-Control", "private, max-age=86400")
                        .end(png))
                .onFailure(ctx::fail);
    }

    /** Idempotent: a second answer to the same command (a retry after a lost response) changes nothing. */
    private void handleAnswer(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        UUID commandId = Ids.path(ctx, "commandId", "command");
        CommandResult result = JsonBodies.read(ctx, CommandResult.class);
        commands.finish(device.displayId(), commandId, result)
                .compose(done -> done.isPresent() ? Future.succeededFuture(done.get()) : commands.find(device.displayId(), commandId)
                        .map(c -> c.orElseThrow(() -> ApiException.notFound("command"))))
                .onSuccess(c -> {
                    if (DisplayCommand.EXPIRED.equals(c.status())) {
                        ctx.fail(ApiException.conflict("commandId", "the command expired before it was answered"));
                    } else {
                        ctx.response().setStatusCode(204).end();
                    }
                })
                .onFailure(ctx::fail);
    }

    private void handleUpload(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        UUID commandId = Ids.path(ctx, "commandId", "command");
        String type = ctx.request().getHeader("Content-Type");
        if (type == null || !type.startsWith("image/png")) {
            throw new ApiException(415, "unsupported_media_type", "Content-Type", "upload the screenshot as image/png");
        }
        Buffer body = ctx.body().buffer();
        byte[] png = body == null ? new byte[0] : body.getBytes();
        vertx.executeBlocking(() -> Screenshots.check(png))
                .compose(size -> commands.saveScreenshot(device.displayId(), commandId, png, size.width(), size.height()))
                .onSuccess(saved -> {
                    if (!saved) {
                        ctx.fail(ApiException.notFound("screenshot command"));
                    } else {
                        ctx.response().setStatusCode(204).end();
                    }
                })
                .onFailure(ctx::fail);
    }

    /** The display, if it exists and the user may see its store (403 otherwise). */
    private Future<Display> visible(Principal p, UUID id) {
        return displays.find(p.organisationId(), id)
                .map(d -> d.orElseThrow(() -> ApiException.notFound("display")))
                .map(d -> {
                    p.requireStore(d.storeId());
                    return d;
                });
    }
}
