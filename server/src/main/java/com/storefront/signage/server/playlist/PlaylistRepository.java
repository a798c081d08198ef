package com.storefront.signage.server.playlist;

import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.media.MediaInfo;
import com.storefront.signage.server.media.MediaRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

public final class PlaylistRepository {
    private final Pool pool;

    public PlaylistRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Playlist> create(UUID organisationId, PlaylistInput in) {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(conn -> contentExists(conn, organisationId, in)
                .compose(x -> conn.preparedQuery("insert into playlists (id, organisation_id, name) values ($1, $2, $3)")
                        .execute(Tuple.of(id, organisationId, in.name())))
                .compose(x -> insertItems(conn, id, in.items())))
                .map(x -> new Playlist(id, in.name(), in.items()));
    }

    public Future<Optional<Playlist>> replace(UUID organisationId, UUID id, PlaylistInput in) {
        return pool.withTransaction(conn -> contentExists(conn, organisationId, in)
                .compose(x -> conn.preparedQuery("update playlists set name = $3, updated_at = now() where organisation_id = $1 and id = $2")
                        .execute(Tuple.of(organisationId, id, in.name())))
                .compose(rows -> rows.rowCount() == 0 ? Future.succeededFuture(Optional.<Playlist>empty())
                        : conn.preparedQuery("delete from playlist_items where playlist_id = $1").execute(Tuple.of(id))
                                .compose(x -> insertItems(conn, id, in.items()))
                                .map(x -> Optional.of(new Playlist(id, in.name(), in.items())))));
    }

    public Future<Optional<Playlist>> find(UUID organisationId, UUID id) {
        return load(pool, organisationId, List.of(id)).map(found -> Optional.ofNullable(found.get(id)));
    }

    /** Playlists with their items, keyed by id; used by the manifest builder too. */
    public static Future<Map<UUID, Playlist>> load(SqlClient client, UUID organisationId, List<UUID> ids) {
        return client.preparedQuery("select p.id, p.name, i.position, i.slide_id, i.video_sha256, i.duration_ms from playlists p "
                        + "left join playlist_items i on i.playlist_id = p.id "
                        + "where p.organisation_id = $1 and p.id = any($2) order by p.id, i.position")
                .execute(Tuple.of(organisationId, (Object) ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, String> names = new LinkedHashMap<>();
                    Map<UUID, List<PlaylistItem>> items = new LinkedHashMap<>();
                    for (Row row : rows) {
                        UUID id = row.getUUID("id");
                        names.put(id, row.getString("name"));
                        List<PlaylistItem> list = items.computeIfAbsent(id, k -> new ArrayList<>());
                        if (row.getInteger("position") != null) {
                            list.add(new PlaylistItem(row.getUUID("slide_id"), row.getString("video_sha256"), row.getInteger("duration_ms")));
                        }
                    }
                    Map<UUID, Playlist> result = new LinkedHashMap<>();
                    names.forEach((id, name) -> result.put(id, new Playlist(id, name, items.get(id))));
                    return result;
                });
    }

    public Future<Page<Playlist>> list(UUID organisationId, Page.Request page) {
        return pool.preparedQuery("select id, count(*) over () as total from playlists where organisation_id = $1 "
                        + "order by name, id limit $2 offset $3")
                .execute(Tuple.of(organisationId, page.limit(), page.offset()))
                .compose(rows -> {
                    List<UUID> ids = new ArrayList<>();
                    long total = 0;
                    for (Row row : rows) {
                        ids.add(row.getUUID("id"));
                        total = row.getLong("total");
                    }
                    long count = total;
                    return load(pool, organisationId, ids).map(found ->
                            new Page<>(ids.stream().map(found::get).toList(), count, page.limit(), page.offset()));
                });
    }

    private static Future<Void> contentExists(SqlClient conn, UUID organisationId, PlaylistInput in) {
        return slidesExist(conn, organisationId, in).compose(x -> videosExist(conn, organisationId, in));
    }

    private static Future<Void> slidesExist(SqlClient conn, UUID organisationId, PlaylistInput in) {
        UUID[] wanted = in.items().stream().map(PlaylistItem::slideId).filter(Objects::nonNull).distinct().toArray(UUID[]::new);
        return conn.preparedQuery("select s from unnest($2::uuid[]) s where not exists "
                        + "(select 1 from slides x where x.organisation_id = $1 and x.id = s)")
                .execute(Tuple.of(organisationId, (Object) wanted))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture();
                    }
                    UUID missing = rows.iterator().next().getUUID(0);
                    int index = in.items().stream().map(PlaylistItem::slideId).toList().indexOf(missing);
                    return Future.failedFuture(ApiException.invalid("items." + index + ".slideId", "no slide " + missing));
                });
    }

    /** A video item must name an uploaded MP4 of the organisation: not a missing file, not an image. */
    private static Future<Void> videosExist(SqlClient conn, UUID organisationId, PlaylistInput in) {
        List<String> wanted = in.items().stream().map(PlaylistItem::video).filter(Objects::nonNull).distinct().toList();
        return MediaRepository.infos(conn, organisationId, wanted).compose(found -> {
            for (int i = 0; i < in.items().size(); i++) {
                String sha = in.items().get(i).video();
                if (sha == null) {
                    continue;
                }
                MediaInfo media = found.get(sha);
                if (media == null) {
                    return Future.failedFuture(ApiException.invalid("items." + i + ".video", "no uploaded video " + sha));
                }
                if (!media.isVideo()) {
                    return Future.failedFuture(ApiException.invalid("items." + i + ".video", "'" + media.name() + "' is an image ("
                            + media.contentType() + "), not a video; show it through a slide"));
                }
            }
            return Future.succeededFuture();
        });
    }

    private static Future<Void> insertItems(SqlClient conn, UUID playlistId, List<PlaylistItem> items) {
        List<Tuple> batch = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            PlaylistItem item = items.get(i);
            batch.add(Tuple.of(playlistId, i, item.slideId(), item.video(), (int) item.durationMs()));
        }
        return conn.preparedQuery("insert into playlist_items (playlist_id, position, slide_id, video_sha256, duration_ms) "
                        + "values ($1, $2, $3, $4, $5)")
                .executeBatch(batch).mapEmpty();
    }
}
