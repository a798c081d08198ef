package com.storefront.signage.server.device;

import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.manifest.ManifestService;
import com.storefront.signage.server.media.MediaRepository;
import com.storefront.signage.server.media.MediaRoutes;
import com.storefront.signage.server.metrics.ServerMetrics;
import com.storefront.signage.server.proof.PlayRepository;
import com.storefront.signage.server.proof.PlayUploads;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;

/**
 * What paired players call with their device token: their manifest (304 when the version they
 * hold is current, from memory when {@link ManifestService#knownVersion} knows it), media by hash
 * ({@code /media/{sha256}}, and the older {@code /api/v1/device/media/{sha256}} alias), their
 * heartbeat and their proof of play.
 */
public final class DeviceRoutes {
    private final DeviceAuthHandler auth;
    private final ManifestService manifests;
    private final MediaRepository media;
    private final Pool pool;
    private final PlayUploads plays;

    private final ServerMetrics metrics;

    public DeviceRoutes(DeviceAuthHandler auth, ManifestService manifests, MediaRepository media, Pool pool, ServerMetrics metrics) {
        this.metrics = metrics;
        this.auth = auth;
        this.pool = pool;
        this.manifests = manifests;
        this.media = media;
        this.plays = new PlayUploads(new PlayRepository(pool));
    }

    /**
     * The route every player polls, mounted ahead of all others: it reads no body and no session,
     * and a router tries routes in order, so the fleet's most frequent request skips matching the rest.
     */
    public void mountManifest(Router router) {
        router.get("/api/v1/device/manifest").handler(auth).handler(this::handleManifest);
    }

    public void mount(Router router) {
        // content-addressed, so any cache on the way may keep an answer forever; ApiVerticle mounts
        // these routes before the web UI's catch-all static handler, which would otherwise answer /media/*
        router.get("/media/:sha256").handler(auth).handler(this::handleMedia);
        // the first address, still fetched by players already in the field
        router.get("/api/v1/device/media/:sha256").handler(auth).handler(this::handleMedia);
        router.post("/api/v1/device/heartbeat").handler(auth).handler(this::handleHeartbeat);
        router.post("/api/v1/device/plays").handler(auth).handler(plays::handle);
    }

    private void handleManifest(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        String held = ctx.request().getHeader("If-None-Match");
        if (held != null) {
            // most fetches find nothing new: answered from memory, with no query and no manifest built
            String known = manifests.knownVersion(device.organisationId(), device.displayId());
            if (known != null && held.length() == known.length() + 2 && held.startsWith(known, 1)
                    && held.charAt(0) == '"' && held.charAt(held.length() - 1) == '"') {
                metrics.manifestRequest(304, true);
                ctx.response().putHeader("ETag", held).setStatusCode(304).end();
                return;
            }
        }
        manifests.forDisplay(device.organisationId(), device.displayId())
                .onSuccess(manifest -> {
                    String etag = "\"" + manifest.version() + "\"";
                    ctx.response().putHeader("ETag", etag);
                    if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
                        metrics.manifestRequest(304, false);
                        ctx.response().setStatusCode(304).end();
                    } else {
                        metrics.manifestRequest(200, false);
                        JsonBodies.ok(ctx, manifest);
                    }
                })
                .onFailure(ctx::fail);
    }

    private void handleHeartbeat(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        Heartbeat heartbeat = JsonBodies.read(ctx, Heartbeat.class);
        DisplayRepository.recordHeartbeat(pool, device.displayId(), heartbeat)
                .onSuccess(v -> {
                    metrics.heartbeat(heartbeat.renderErrors().size());
                    ctx.response().setStatusCode(204).end();
                })
                .onFailure(ctx::fail);
    }

    private void handleMedia(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        MediaRoutes.sendContent(ctx, media, device.organisationId(), MediaRoutes.sha(ctx));
    }
}
