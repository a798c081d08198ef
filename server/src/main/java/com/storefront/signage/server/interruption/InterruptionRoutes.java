package com.storefront.signage.server.interruption;

import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.playlist.PlaylistRepository;
import com.storefront.signage.server.store.StoreRepository;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotices;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.util.Map;
import java.util.UUID;

/**
 * Emergencies (admins; everywhere or in some regions) and store overrides (admins, marketing, or
 * the store's manager; the whole store or some of its displays). Both play at once and until
 * their end or until ended, above every campaign.
 */
public final class InterruptionRoutes {
    private final Pool pool;
    private final InterruptionRepository interruptions;
    private final PlaylistRepository playlists;
    private final StoreRepository stores;
    private final Clock clock;
    private final ChangeNotices notices;

    public InterruptionRoutes(Pool pool, InterruptionRepository interruptions, PlaylistRepository playlists, StoreRepository stores, Clock clock,
                              ChangeNotices notices) {
        this.pool = pool;
        this.interruptions = interruptions;
        this.playlists = playlists;
        this.stores = stores;
        this.clock = clock;
        this.notices = notices;
    }

    public void mount(Router router) {
        for (Layer kind : new Layer[] {Layer.EMERGENCY, Layer.OVERRIDE}) {
            String base = "/api/v1/" + (kind == Layer.EMERGENCY ? "emergencies" : "overrides");
            router.get(base).handler(ctx -> handleList(ctx, kind));
            router.post(base).handler(ctx -> handleCreate(ctx, kind));
            router.get(base + "/:interruptionId").handler(ctx -> handleGet(ctx, kind));
            router.post(base + "/:interruptionId/end").handler(ctx -> handleEnd(ctx, kind));
        }
    }

    private void handleList(RoutingContext ctx, Layer kind) {
        Principal p = Principal.of(ctx);
        UUID[] only = p.role() == Role.STORE_MANAGER ? p.storeIds().toArray(UUID[]::new) : null;
        if (kind == Layer.EMERGENCY) {
            only = null;
        }
        interruptions.list(p.organisationId(), kind, only, 100)
                .onSuccess(list -> JsonBodies.ok(ctx, Map.of("items", list))).onFailure(ctx::fail);
    }

    private void handleGet(RoutingContext ctx, Layer kind) {
        Principal p = Principal.of(ctx);
        existing(p, kind, Ids.path(ctx, "interruptionId", kind.id())).onSuccess(i -> JsonBodies.ok(ctx, i)).onFailure(ctx::fail);
    }

    private void handleCreate(RoutingContext ctx, Layer kind) {
        Principal p = Principal.of(ctx);
        if (kind == Layer.EMERGENCY) {
            p.require(Role.ADMIN);
        }
        InterruptionInput in = JsonBodies.read(ctx, InterruptionInput.class);
        if (in.endsAt() != null && !in.endsAt().isAfter(clock.instant())) {
            throw ApiException.invalid("endsAt", "is in the past");
        }
        Future<Void> checked;
        if (kind == Layer.EMERGENCY) {
            if (in.storeId() != null || !in.displayIds().isEmpty()) {
                throw ApiException.invalid("storeId", "an emergency reaches whole regions (regions) or everywhere, not stores");
            }
            checked = Future.succeededFuture();
        } else {
            if (in.storeId() == null) {
                throw ApiException.invalid("storeId", "is required: the store whose screens to override");
            }
            if (!in.regions().isEmpty()) {
                throw ApiException.invalid("regions", "an override is for one store; use storeId and displayIds");
            }
            p.requireStore(in.storeId());
            checked = stores.find(p.organisationId(), in.storeId())
                    .map(s -> s.orElseThrow(() -> ApiException.invalid("storeId", "no store " + in.storeId())))
                    .compose(s -> DisplayRepository.all(pool, p.organisationId()))
                    .map(all -> {
                        for (int i = 0; i < in.displayIds().size(); i++) {
                            UUID id = in.displayIds().get(i);
                            if (all.stream().noneMatch(d -> d.id().equals(id) && d.storeId().equals(in.storeId()))) {
                                throw ApiException.invalid("displayIds[" + i + "]", "no display " + id + " in that store");
                            }
                        }
                        return null;
                    });
        }
        checked.compose(x -> playlists.find(p.organisationId(), in.playlistId()))
                .map(pl -> pl.orElseThrow(() -> ApiException.invalid("playlistId", "no playlist " + in.playlistId())))
                .compose(pl -> interruptions.create(p.organisationId(), p.userId(), kind, in, clock.instant()))
                .compose(notices.then(ChangeKind.INTERRUPTION, p.organisationId(), Interruption::id))
                .onSuccess(i -> JsonBodies.created(ctx, i)).onFailure(ctx::fail);
    }

    private void handleEnd(RoutingContext ctx, Layer kind) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "interruptionId", kind.id());
        existing(p, kind, id)
                .map(i -> {
                    if (kind == Layer.EMERGENCY) {
                        p.require(Role.ADMIN);
                    }
                    return i;
                })
                .compose(i -> interruptions.end(p.organisationId(), kind, id, p.userId(), clock.instant()))
                .map(i -> i.orElseThrow(() -> ApiException.notFound(kind.id())))
                .compose(notices.then(ChangeKind.INTERRUPTION, p.organisationId(), Interruption::id))
                .onSuccess(i -> JsonBodies.ok(ctx, i)).onFailure(ctx::fail);
    }

    private Future<Interruption> existing(Principal p, Layer kind, UUID id) {
        return interruptions.find(p.organisationId(), kind, id)
                .map(i -> i.orElseThrow(() -> ApiException.notFound(kind.id())))
                .map(i -> {
                    if (kind == Layer.OVERRIDE) {
                        p.requireStore(i.storeId());
                    }
                    return i;
                });
    }

}
