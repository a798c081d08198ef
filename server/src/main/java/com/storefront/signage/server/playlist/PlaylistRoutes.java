package com.storefront.signage.server.playlist;

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

public final class PlaylistRoutes {
    private final PlaylistRepository playlists;
    private final ChangeNotices notices;

    public PlaylistRoutes(PlaylistRepository playlists, ChangeNotices notices) {
        this.playlists = playlists;
        this.notices = notices;
    }

    public void mount(Router router) {
        router.get("/api/v1/playlists").handler(this::handleList);
        router.post("/api/v1/playlists").handler(this::handleCreate);
        router.get("/api/v1/playlists/:playlistId").handler(this::handleGet);
        router.put("/api/v1/playlists/:playlistId").handler(this::handleReplace);
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        playlists.list(p.organisationId(), Page.Request.from(ctx)).onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleCreate(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.MARKETING);
        PlaylistInput in = JsonBodies.read(ctx, PlaylistInput.class);
        playlists.create(p.organisationId(), in).compose(notices.then(ChangeKind.PLAYLIST, p.organisationId(), Playlist::id))
                .onSuccess(pl -> JsonBodies.created(ctx, pl)).onFailure(ctx::fail);
    }

    private void handleGet(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        playlists.find(p.organisationId(), Ids.path(ctx, "playlistId", "playlist"))
                .map(pl -> pl.orElseThrow(() -> ApiException.notFound("playlist")))
                .onSuccess(pl -> JsonBodies.ok(ctx, pl)).onFailure(ctx::fail);
    }

    private void handleReplace(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.MARKETING);
        UUID id = Ids.path(ctx, "playlistId", "playlist");
        PlaylistInput in = JsonBodies.read(ctx, PlaylistInput.class);
        playlists.replace(p.organisationId(), id, in)
                .map(pl -> pl.orElseThrow(() -> ApiException.notFound("playlist")))
                .compose(notices.then(ChangeKind.PLAYLIST, p.organisationId(), Playlist::id))
                .onSuccess(pl -> JsonBodies.ok(ctx, pl)).onFailure(ctx::fail);
    }
}
