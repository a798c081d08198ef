package com.storefront.signage.server.campaign;

import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.playlist.PlaylistRepository;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/**
 * Campaigns. Marketing and admins aim them anywhere; a store manager may run campaigns only in
 * their own stores, and touching a campaign that reaches other stores is 403.
 */
public final class CampaignRoutes {
    private final CampaignRepository campaigns;
    private final PlaylistRepository playlists;

    public CampaignRoutes(CampaignRepository campaigns, PlaylistRepository playlists) {
        this.campaigns = campaigns;
        this.playlists = playlists;
    }

    public void mount(Router router) {
        router.get("/api/v1/campaigns").handler(this::handleList);
        router.post("/api/v1/campaigns").handler(this::handleCreate);
        router.get("/api/v1/campaigns/:campaignId").handler(this::handleGet);
        router.put("/api/v1/campaigns/:campaignId").handler(this::handleReplace);
        router.delete("/api/v1/campaigns/:campaignId").handler(this::handleDelete);
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID[] only = p.role() == Role.STORE_MANAGER ? p.storeIds().toArray(UUID[]::new) : null;
        campaigns.list(p.organisationId(), only, Page.Request.from(ctx)).onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleCreate(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        CampaignInput in = JsonBodies.read(ctx, CampaignInput.class);
        requireReach(p, in.targets());
        playlistExists(p, in)
                .compose(x -> campaigns.create(p.organisationId(), p.userId(), in))
                .onSuccess(c -> JsonBodies.created(ctx, c)).onFailure(ctx::fail);
    }

    private void handleGet(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        existing(p, Ids.path(ctx, "campaignId", "campaign")).onSuccess(c -> JsonBodies.ok(ctx, c)).onFailure(ctx::fail);
    }

    private void handleReplace(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "campaignId", "campaign");
        CampaignInput in = JsonBodies.read(ctx, CampaignInput.class);
        requireReach(p, in.targets());
        existing(p, id)
                .compose(c -> playlistExists(p, in))
                .compose(x -> campaigns.replace(p.organisationId(), id, in))
                .map(c -> c.orElseThrow(() -> ApiException.notFound("campaign")))
                .onSuccess(c -> JsonBodies.ok(ctx, c)).onFailure(ctx::fail);
    }

    private void handleDelete(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "campaignId", "campaign");
        existing(p, id)
                .compose(c -> campaigns.delete(p.organisationId(), id))
                .onSuccess(x -> ctx.response().setStatusCode(204).end()).onFailure(ctx::fail);
    }

    private Future<Campaign> existing(Principal p, UUID id) {
        return campaigns.find(p.organisationId(), id)
                .map(c -> c.orElseThrow(() -> ApiException.notFound("campaign")))
                .map(c -> {
                    requireReach(p, c.targets());
                    return c;
                });
    }

    private static void requireReach(Principal p, Targets targets) {
        if (p.role() == Role.STORE_MANAGER) {
            if (targets.storeIds().isEmpty()) {
                throw ApiException.forbidden("a store manager's campaign must name their stores in targets.storeIds");
            }
            p.requireStores(targets.storeIds());
        }
    }

    private Future<Void> playlistExists(Principal p, CampaignInput in) {
        return playlists.find(p.organisationId(), in.playlistId()).compose(pl -> pl.isPresent() ? Future.succeededFuture()
                : Future.failedFuture(ApiException.invalid("playlistId", "no playlist " + in.playlistId())));
    }
}
