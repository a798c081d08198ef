package com.storefront.signage.server.display;

import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotices;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Displays: listed per store, renamed and re-zoned by their store's manager, revoked by an admin. */
public final class DisplayRoutes {
    private final DisplayRepository displays;
    private final ChangeNotices notices;
    private final Sightings sightings;

    public DisplayRoutes(DisplayRepository displays, ChangeNotices notices, Sightings sightings) {
        this.displays = displays;
        this.notices = notices;
        this.sightings = sightings;
    }

    public void mount(Router router) {
        router.get("/api/v1/displays").handler(this::handleList);
        router.get("/api/v1/displays/:displayId").handler(this::handleGet);
        router.put("/api/v1/displays/:displayId").handler(this::handleUpdate);
        router.post("/api/v1/displays/:displayId/revoke").handler(this::handleRevoke);
        router.get("/api/v1/displays/:displayId/render-errors").handler(this::handleRenderErrors);
    }

    /** What the display failed to show, newest first: the screen kept its previous frame each time. */
    private void handleRenderErrors(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "displayId", "display");
        visible(p, id)
                .compose(d -> displays.renderErrors(p.organisationId(), id, 100))
                .onSuccess(list -> JsonBodies.ok(ctx, list)).onFailure(ctx::fail);
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID[] only = p.role() == Role.STORE_MANAGER ? p.storeIds().toArray(UUID[]::new) : null;
        String store = ctx.queryParams().get("storeId");
        UUID storeFilter = null;
        if (store != null) {
            try {
                storeFilter = UUID.fromString(store);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("storeId", "is not a store id");
            }
            p.requireStore(storeFilter);
        }
        Page.Request request = Page.Request.from(ctx);
        UUID filter = storeFilter;
        // this instance's batched sightings first, so a display that just called is not shown as offline
        sightings.flush().compose(x -> displays.list(p.organisationId(), only, filter, request))
                .onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleGet(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        visible(p, Ids.path(ctx, "displayId", "display"))
                .onSuccess(d -> JsonBodies.ok(ctx, d)).onFailure(ctx::fail);
    }

    private void handleUpdate(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.STORE_MANAGER);
        UUID id = Ids.path(ctx, "displayId", "display");
        DisplayUpdate update = JsonBodies.read(ctx, DisplayUpdate.class);
        visible(p, id)
                .compose(d -> displays.update(p.organisationId(), id, update))
                .map(d -> d.orElseThrow(() -> ApiException.notFound("display")))
                .compose(notices.then(ChangeKind.DISPLAY, p.organisationId(), Display::id))
                .onSuccess(d -> JsonBodies.ok(ctx, d)).onFailure(ctx::fail);
    }

    private void handleRevoke(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN);
        UUID id = Ids.path(ctx, "displayId", "display");
        displays.revoke(p.organisationId(), id)
                .map(d -> d.orElseThrow(() -> ApiException.notFound("display")))
                .compose(notices.then(ChangeKind.DISPLAY, p.organisationId(), Display::id))
                .onSuccess(d -> JsonBodies.ok(ctx, d)).onFailure(ctx::fail);
    }

    /** The display, if it exists and the user may see its store (403 otherwise, so nothing leaks by 404 either). */
    private Future<Display> visible(Principal p, UUID id) {
        return sightings.flush().compose(x -> displays.find(p.organisationId(), id))
                .map(d -> d.orElseThrow(() -> ApiException.notFound("display")))
                .map(d -> {
                    p.requireStore(d.storeId());
                    return d;
                });
    }
}
