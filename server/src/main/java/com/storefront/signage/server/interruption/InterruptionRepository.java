package com.storefront.signage.server.interruption;

import com.storefront.signage.core.schedule.Layer;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class InterruptionRepository {
    private static final String COLUMNS = "id, kind, name, playlist_id, target_regions, store_id, display_ids, starts_at, ends_at, ended_at";
    private final Pool pool;

    public InterruptionRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Interruption> create(UUID organisationId, UUID userId, Layer kind, InterruptionInput in, Instant now) {
        UUID id = UUID.randomUUID();
        Instant starts = in.startsAt() == null ? now : in.startsAt();
        return pool.preparedQuery("insert into interruptions (id, organisation_id, kind, name, playlist_id, target_regions, store_id, "
                        + "display_ids, starts_at, ends_at, created_by) values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) returning " + COLUMNS)
                .execute(Tuple.from(Arrays.asList(id, organisationId, kind.id(), in.name(), in.playlistId(),
                        in.regions().toArray(String[]::new), in.storeId(), in.displayIds().toArray(UUID[]::new),
                        utc(starts), utc(in.endsAt()), userId)))
                .map(rows -> interruption(rows.iterator().next()));
    }

    /** Ends it now; ending twice keeps the first end. */
    public Future<Optional<Interruption>> end(UUID organisationId, Layer kind, UUID id, UUID userId, Instant now) {
        return pool.preparedQuery("update interruptions set ended_at = coalesce(ended_at, $4), ended_by = coalesce(ended_by, $5) "
                        + "where organisation_id = $1 and kind = $2 and id = $3 returning " + COLUMNS)
                .execute(Tuple.of(organisationId, kind.id(), id, utc(now), userId))
                .map(InterruptionRepository::first);
    }

    public Future<Optional<Interruption>> find(UUID organisationId, Layer kind, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from interruptions where organisation_id = $1 and kind = $2 and id = $3")
                .execute(Tuple.of(organisationId, kind.id(), id)).map(InterruptionRepository::first);
    }

    /** Newest first; {@code onlyStores} limits a store manager to their stores' overrides. */
    public Future<List<Interruption>> list(UUID organisationId, Layer kind, UUID[] onlyStores, int limit) {
        return pool.preparedQuery("select " + COLUMNS + " from interruptions where organisation_id = $1 and kind = $2 "
                        + "and ($3::uuid[] is null or store_id = any($3)) order by starts_at desc, id limit $4")
                .execute(Tuple.of(organisationId, kind.id(), onlyStores, limit)).map(InterruptionRepository::all);
    }

    /** Everything not over by {@code from}: what a schedule from then on must respect. */
    public static Future<List<Interruption>> liveFrom(SqlClient client, UUID organisationId, Instant from) {
        return client.preparedQuery("select " + COLUMNS + " from interruptions where organisation_id = $1 "
                        + "and (ended_at is null or ended_at > $2) and (ends_at is null or ends_at > $2)")
                .execute(Tuple.of(organisationId, utc(from))).map(InterruptionRepository::all);
    }

    private static OffsetDateTime utc(Instant t) {
        return t == null ? null : t.atOffset(ZoneOffset.UTC);
    }

    private static Optional<Interruption> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(interruption(rows.iterator().next()));
    }

    private static List<Interruption> all(RowSet<Row> rows) {
        List<Interruption> list = new ArrayList<>();
        rows.forEach(r -> list.add(interruption(r)));
        return list;
    }

    private static Interruption interruption(Row r) {
        return new Interruption(r.getUUID("id"), Layer.of(r.getString("kind")), r.getString("name"), r.getUUID("playlist_id"),
                Arrays.asList(r.getArrayOfStrings("target_regions")), r.getUUID("store_id"),
                Arrays.asList(r.getArrayOfUUIDs("display_ids")), instant(r, "starts_at"), instant(r, "ends_at"), instant(r, "ended_at"));
    }

    private static Instant instant(Row r, String column) {
        OffsetDateTime t = r.getOffsetDateTime(column);
        return t == null ? null : t.toInstant();
    }
}
