package com.storefront.signage.server.media;

import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.http.PageRows;
import io.vertx.core.Future;
import io.vertx.core.buffer.Buffer;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/** Media bytes in PostgreSQL, so every server instance can serve every file; keyed by their sha256. */
public final class MediaRepository {
    private static final String INFO = "sha256, name, content_type, size_bytes, width, height, duration_ms";
    private final Pool pool;

    public MediaRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the bytes unless the same bytes are already there; answers whether they were new. */
    public Future<Boolean> save(UUID organisationId, MediaInfo info, Buffer bytes) {
        return pool.preparedQuery("insert into media (organisation_id, " + INFO + ", content) values ($1, $2, $3, $4, $5, $6, $7, $8, $9) "
                        + "on conflict (organisation_id, sha256) do nothing")
                // Arrays.asList: an image's durationMs is null
                .execute(Tuple.from(Arrays.asList(organisationId, info.sha256(), info.name(), info.contentType(), info.sizeBytes(),
                        info.width(), info.height(), info.durationMs(), bytes)))
                .map(rows -> rows.rowCount() == 1);
    }

    public Future<Optional<MediaInfo>> info(UUID organisationId, String sha256) {
        return pool.preparedQuery("select " + INFO + " from media where organisation_id = $1 and sha256 = $2")
                .execute(Tuple.of(organisationId, sha256))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(info(rows.iterator().next())));
    }

    public Future<Optional<Buffer>> content(UUID organisationId, String sha256) {
        return pool.preparedQuery("select content from media where organisation_id = $1 and sha256 = $2")
                .execute(Tuple.of(organisationId, sha256))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBuffer("content")));
    }

    /** What is stored under these hashes, of any type; hashes not uploaded are absent from the map. */
    public static Future<Map<String, MediaInfo>> infos(SqlClient client, UUID organisationId, Collection<String> shas) {
        if (shas.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return client.preparedQuery("select " + INFO + " from media where organisation_id = $1 and sha256 = any($2)")
                .execute(Tuple.of(organisationId, (Object) shas.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, MediaInfo> found = new HashMap<>();
                    rows.forEach(r -> found.put(r.getString("sha256"), info(r)));
                    return found;
                });
    }

    /** A slice of the bytes, cut in PostgreSQL so a resumed download does not load the whole file into the server. */
    public Future<Optional<Buffer>> contentRange(UUID organisationId, String sha256, long offset, long length) {
        return pool.preparedQuery("select substring(content from $3 for $4) as slice from media where organisation_id = $1 and sha256 = $2")
                .execute(Tuple.of(organisationId, sha256, offset + 1, length))
                .map(rows -> rows.size() == 0 ? Optional.empty() : Optional.of(rows.iterator().next().getBuffer("slice")));
    }

    public Future<Map<String, Buffer>> contents(UUID organisationId, Collection<String> shas) {
        if (shas.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return pool.preparedQuery("select sha256, content from media where organisation_id = $1 and sha256 = any($2)")
                .execute(Tuple.of(organisationId, (Object) shas.toArray(String[]::new)))
                .map(rows -> {
                    Map<String, Buffer> found = new HashMap<>();
                    rows.forEach(r -> found.put(r.getString("sha256"), r.getBuffer("content")));
                    return found;
                });
    }

    /** Which of these hashes are not uploaded images (a video is not one: a slide cannot draw it). */
    public Future<List<String>> missingImages(UUID organisationId, Collection<String> shas) {
        if (shas.isEmpty()) {
            return Future.succeededFuture(List.of());
        }
        return pool.preparedQuery("select s from unnest($2::text[]) s where not exists "
                        + "(select 1 from media m where m.organisation_id = $1 and m.sha256 = s and m.content_type like 'image/%')")
                .execute(Tuple.of(organisationId, (Object) shas.toArray(String[]::new)))
                .map(rows -> {
                    List<String> missing = new ArrayList<>();
                    rows.forEach(r -> missing.add(r.getString(0)));
                    return missing;
                });
    }

    /** Newest first; {@code typePrefix} ("image/", "video/" or "") narrows the list by content type. */
    public Future<Page<MediaInfo>> list(UUID organisationId, String typePrefix, Page.Request page) {
        return pool.preparedQuery("select " + INFO + ", count(*) over () as total from media where organisation_id = $1 "
                        + "and starts_with(content_type, $4) order by created_at desc, sha256 limit $2 offset $3")
                .execute(Tuple.of(organisationId, page.limit(), page.offset(), typePrefix))
                .map(rows -> PageRows.collect(rows, MediaRepository::info, page));
    }

    private static MediaInfo info(Row row) {
        return new MediaInfo(row.getString("sha256"), row.getString("name"), row.getString("content_type"),
                row.getLong("size_bytes"), row.getInteger("width"), row.getInteger("height"), row.getLong("duration_ms"));
    }
}
