package com.storefront.signage.server.organisation;

import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotices;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

public final class OrganisationRoutes {
    private final Pool pool;
    private final ChangeNotices notices;

    public OrganisationRoutes(Pool pool, ChangeNotices notices) {
        this.pool = pool;
        this.notices = notices;
    }

    public void mount(Router router) {
        router.get("/api/v1/organisation").handler(this::handleGet);
        router.put("/api/v1/organisation").handler(this::handleUpdate);
    }

    private void handleGet(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        pool.preparedQuery("select id, name, default_playlist_id from organisations where id = $1")
                .execute(Tuple.of(p.organisationId()))
                .map(rows -> organisation(rows.iterator().next()))
                .onSuccess(o -> JsonBodies.ok(ctx, o)).onFailure(ctx::fail);
    }

    private void handleUpdate(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN);
        OrganisationUpdate update = JsonBodies.read(ctx, OrganisationUpdate.class);
        Future<Void> playlistOk = update.defaultPlaylistId() == null ? Future.succeededFuture()
                : pool.preparedQuery("select 1 from playlists where organisation_id = $1 and id = $2")
                        .execute(Tuple.of(p.organisationId(), update.defaultPlaylistId()))
                        .compose(rows -> rows.size() == 1 ? Future.succeededFuture()
                                : Future.failedFuture(ApiException.invalid("defaultPlaylistId", "no playlist " + update.defaultPlaylistId())));
        playlistOk.compose(x -> pool.preparedQuery("update organisations set name = $2, default_playlist_id = $3 where id = $1 "
                                + "returning id, name, default_playlist_id")
                        .execute(Tuple.of(p.organisationId(), update.name(), update.defaultPlaylistId())))
                .map(rows -> organisation(rows.iterator().next()))
                .compose(notices.then(ChangeKind.ORGANISATION, p.organisationId(), Organisation::id))
                .onSuccess(o -> JsonBodies.ok(ctx, o)).onFailure(ctx::fail);
    }

    private static Organisation organisation(Row row) {
        return new Organisation(row.getUUID("id"), row.getString("name"), row.getUUID("default_playlist_id"));
    }
}
