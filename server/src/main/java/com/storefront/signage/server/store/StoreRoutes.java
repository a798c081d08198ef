package com.storefront.signage.server.store;

import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotices;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** Stores: admins create and edit them; everyone reads the stores they may see. */
public final class StoreRoutes {
    private final StoreRepository stores;
    private final ChangeNotices notices;

    public StoreRoutes(StoreRepository stores, ChangeNotices notices) {
        this.stores = stores;
        this.notices = notices;
    }

    public void mount(Router router) {
        router.get("/api/v1/stores").handler(this::handleList);
        router.post("/api/v1/stores").handler(this::handleCreate);
        router.get("/api/v1/stores/:storeId").handler(this::handleGet);
        router.put("/api/v1/stores/:storeId").handler(this::handleReplace);
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID[] only = p.role() == Role.STORE_MANAGER ? p.storeIds().toArray(UUID[]::new) : null;
        stores.list(p.organisationId(), only, Page.Request.from(ctx))
                .onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleCreate(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN);
        StoreInput in = JsonBodies.read(ctx, StoreInput.class);
        stores.create(p.organisationId(), in).compose(notices.then(ChangeKind.STORE, p.organisationId(), Store::id))
                .onSuccess(s -> JsonBodies.created(ctx, s)).onFailure(ctx::fail);
    }

    private void handleGet(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "storeId", "store");
        p.requireStore(id);
        stores.find(p.organisationId(), id)
                .map(s -> s.orElseThrow(() -> ApiException.notFound("store")))
                .onSuccess(s -> JsonBodies.ok(ctx, s))
                .onFailure(ctx::fail);
    }

    private void handleReplace(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN);
        UUID id = Ids.path(ctx, "storeId", "store");
        StoreInput in = JsonBodies.read(ctx, StoreInput.class);
        stores.update(p.organisationId(), id, in)
                .map(s -> s.orElseThrow(() -> ApiException.notFound("store")))
                .compose(notices.then(ChangeKind.STORE, p.organisationId(), Store::id))
                .onSuccess(s -> JsonBodies.ok(ctx, s))
                .onFailure(ctx::fail);
    }
}
