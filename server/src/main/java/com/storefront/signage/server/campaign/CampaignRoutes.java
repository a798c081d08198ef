package com.storefront.signage.server.campaign;

import com.storefront.signage.core.schedule.ScheduleChecks;
import com.storefront.signage.core.template.FieldProblem;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.playlist.PlaylistRepository;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotices;
import com.storefront.signage.server.store.Store;
import com.storefront.signage.server.store.StoreRepository;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Campaigns, their approval workflow and history. Marketing and admins aim them anywhere; a store
 * manager may run campaigns only in their own stores, and touching a campaign that reaches other
 * stores is 403. Every change is a new revision in the audit trail.
 */
public final class CampaignRoutes {
    private final Pool pool;
    private final CampaignRepository campaigns;
    private final PlaylistRepository playlists;
    private final ChangeNotices notices;

    public CampaignRoutes(Pool pool, CampaignRepository campaigns, PlaylistRepository playlists, ChangeNotices notices) {
        this.pool = pool;
        this.campaigns = campaigns;
        this.playlists = playlists;
        this.notices = notices;
    }

    public void mount(Router router) {
        router.get("/api/v1/campaigns").handler(this::handleList);
        router.post("/api/v1/campaigns").handler(this::handleCreate);
        router.get("/api/v1/campaigns/:campaignId").handler(this::handleGet);
        router.put("/api/v1/campaigns/:campaignId").handler(this::handleReplace);
        router.delete("/api/v1/campaigns/:campaignId").handler(this::handleDelete);
        router.post("/api/v1/campaigns/:campaignId/transitions").handler(this::handleTransition);
        router.get("/api/v1/campaigns/:campaignId/history").handler(this::handleHistory);
    }

    /** A move through the approval workflow: submit, approve, reject, pause, resume or end, with an optional note. */
    public record TransitionRequest(String action, String note) {
        public TransitionRequest {
            if (action == null || action.isBlank()) {
                throw new com.storefront.signage.server.http.FieldError("action", "is required: submit, approve, reject, pause, resume or end");
            }
            note = note == null ? "" : note;
            if (note.length() > 500) {
                throw new com.storefront.signage.server.http.FieldError("note", "at most 500 characters");
            }
        }
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID[] only = p.role() == Role.STORE_MANAGER ? p.storeIds().toArray(UUID[]::new) : null;
        String status = ctx.queryParams().get("status");
        if (status != null) {
            try {
                CampaignStatus.of(status);
            } catch (IllegalArgumentException e) {
                throw ApiException.invalid("status", "unknown status '" + status + "'; use draft, submitted, approved, paused or ended");
            }
        }
        campaigns.list(p.organisationId(), only, status, Page.Request.from(ctx)).onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleCreate(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        CampaignInput in = JsonBodies.read(ctx, CampaignInput.class);
        requireReach(p, in.targets());
        checked(p, in)
                .compose(x -> campaigns.create(p.organisationId(), p.userId(), in))
                .compose(notices.then(ChangeKind.CAMPAIGN, p.organisationId(), Campaign::id))
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
                .compose(c -> checked(p, in))
                .compose(x -> campaigns.replace(p.organisationId(), id, p.userId(), in, status -> CampaignWorkflow.afterEdit(status, p.role())))
                .map(c -> c.orElseThrow(() -> ApiException.notFound("campaign")))
                .compose(notices.then(ChangeKind.CAMPAIGN, p.organisationId(), Campaign::id))
                .onSuccess(c -> JsonBodies.ok(ctx, c)).onFailure(ctx::fail);
    }

    private void handleTransition(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "campaignId", "campaign");
        TransitionRequest request = JsonBodies.read(ctx, TransitionRequest.class);
        CampaignWorkflow.Action action = CampaignWorkflow.Action.of(request.action());
        existing(p, id)
                .compose(c -> campaigns.transition(p.organisationId(), id, p.userId(), action.id(), request.note(),
                        current -> CampaignWorkflow.next(current.status(), action, p.role())))
                .compose(notices.then(ChangeKind.CAMPAIGN, p.organisationId(), Campaign::id))
                .onSuccess(c -> JsonBodies.ok(ctx, c)).onFailure(ctx::fail);
    }

    private void handleHistory(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "campaignId", "campaign");
        campaigns.history(p.organisationId(), id)
                .map(list -> {
                    if (list.isEmpty()) {
                        throw ApiException.notFound("campaign");
                    }
                    if (p.role() == Role.STORE_MANAGER) {
                        // the latest snapshot says where it reaches; history of other stores' campaigns stays private
                        List<UUID> ids = new java.util.ArrayList<>();
                        list.get(0).snapshot().path("targets").path("storeIds").forEach(n -> ids.add(UUID.fromString(n.asText())));
                        if (ids.isEmpty()) {
                            throw ApiException.forbidden("this campaign reaches stores that are not yours");
                        }
                        p.requireStores(ids);
                    }
                    return Map.of("items", list);
                })
                .onSuccess(body -> JsonBodies.ok(ctx, body)).onFailure(ctx::fail);
    }

    private void handleDelete(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "campaignId", "campaign");
        existing(p, id)
                .compose(c -> campaigns.delete(p.organisationId(), id, p.userId()))
                .compose(notices.then(ChangeKind.CAMPAIGN, p.organisationId(), deleted -> id))
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

    /** Playlists exist, and no daypart vanishes on a DST day in a zone the campaign can reach. */
    private Future<Void> checked(Principal p, CampaignInput in) {
        List<UUID> names = in.playlistIds();
        return PlaylistRepository.load(pool, p.organisationId(), names)
                .map(found -> {
                    if (!found.containsKey(in.playlistId())) {
                        throw ApiException.invalid("playlistId", "no playlist " + in.playlistId());
                    }
                    in.contentByClass().forEach((cls, playlist) -> {
                        if (!found.containsKey(playlist)) {
                            throw ApiException.invalid("contentByClass." + cls, "no playlist " + playlist);
                        }
                    });
                    return null;
                })
                .compose(x -> StoreRepository.all(pool, p.organisationId()))
                .map(stores -> {
                    List<ZoneId> zones = stores.stream().filter(s -> mayReach(in.targets(), s))
                            .map(s -> ZoneId.of(s.timeZone())).distinct().toList();
                    List<FieldProblem> problems = ScheduleChecks.dayparts(in.dayparts(), in.startDate(), in.endDate(), in.exceptions(), zones);
                    if (!problems.isEmpty()) {
                        throw ApiException.invalid(problems.get(0).field(), problems.get(0).message());
                    }
                    return null;
                });
    }

    /** Store-level targets only: display tags, classes and zones can reach any store. */
    private static boolean mayReach(Targets t, Store s) {
        return (t.storeIds().isEmpty() || t.storeIds().contains(s.id())) && (t.regions().isEmpty() || t.regions().contains(s.region()));
    }
}
