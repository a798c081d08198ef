package com.storefront.signage.server.display;

import com.storefront.signage.core.protocol.BatteryReport;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.RenderError;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.http.PageRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class DisplayRepository {
    private static final String COLUMNS = "id, store_id, name, display_class, zone, tags, token_revoked_at, last_seen_at, clock_skew_ms, "
            + "player_version, uptime_seconds, battery_capacity_mwh, energy_mj_per_day, battery_days, battery_reported_at, "
            + "free_disk_bytes, current_item_id, last_sync_at, heartbeat_seconds, heartbeat_at, "
            + "extract(epoch from now() - last_seen_at)::float8 as seen_seconds_ago, "
            + "(select count(*) from display_render_errors e where e.display_id = displays.id "
            + "and e.last_at > now() - interval '24 hours') as render_errors_24h";
    private final Pool pool;

    public DisplayRepository(Pool pool) {
        this.pool = pool;
    }

    /** Creates a paired display inside the pairing transaction. */
    public static Future<Display> insert(SqlClient conn, UUID organisationId, UUID storeId, String name,
                                         DisplayClass displayClass, Zone zone, List<String> tags) {
        UUID id = UUID.randomUUID();
        return conn.preparedQuery("insert into displays (id, organisation_id, store_id, name, display_class, zone, tags) "
                        + "values ($1, $2, $3, $4, $5, $6, $7)")
                .execute(Tuple.from(List.of(id, organisationId, storeId, name, displayClass.id(), zone.id(), tags.toArray(String[]::new))))
                .map(x -> new Display(id, storeId, name, displayClass, zone, tags, false, null, null));
    }

    public Future<Optional<Display>> find(UUID organisationId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from displays where organisation_id = $1 and id = $2")
                .execute(Tuple.of(organisationId, id)).map(DisplayRepository::first);
    }

    public Future<Page<Display>> list(UUID organisationId, UUID[] onlyStores, UUID storeFilter, Page.Request page) {
        return pool.preparedQuery("select " + COLUMNS + ", count(*) over () as total from displays "
                        + "where organisation_id = $1 and ($2::uuid[] is null or store_id = any($2)) and ($3::uuid is null or store_id = $3) "
                        + "order by name, id limit $4 offset $5")
                .execute(Tuple.of(organisationId, onlyStores, storeFilter, page.limit(), page.offset()))
                .map(rows -> PageRows.collect(rows, DisplayRepository::display, page));
    }

    public Future<Optional<Display>> update(UUID organisationId, UUID id, DisplayUpdate update) {
        return pool.preparedQuery("update displays set name = $3, zone = $4, tags = $5, updated_at = now() "
                        + "where organisation_id = $1 and id = $2 returning " + COLUMNS)
                .execute(Tuple.from(List.of(organisationId, id, update.name(), update.zone().id(), update.tags().toArray(String[]::new))))
                .map(DisplayRepository::first);
    }

    /** After this the device's token is refused with 401; re-pairing gives it a new one. */
    public Future<Optional<Display>> revoke(UUID organisationId, UUID id) {
        return pool.preparedQuery("update displays set token_revoked_at = now(), updated_at = now() "
                        + "where organisation_id = $1 and id = $2 returning " + COLUMNS)
                .execute(Tuple.of(organisationId, id)).map(DisplayRepository::first);
    }

    /** Every display of the organisation that still holds a valid token or awaits one: what schedules are resolved for. */
    public static Future<List<Display>> all(SqlClient client, UUID organisationId) {
        return client.preparedQuery("select " + COLUMNS + " from displays where organisation_id = $1 and token_revoked_at is null order by id")
                .execute(Tuple.of(organisationId))
                .map(rows -> {
                    List<Display> list = new java.util.ArrayList<>();
                    rows.forEach(r -> list.add(display(r)));
                    return list;
                });
    }

    /** What the player measured against the server's clock (player minus server), shown in the fleet view. */
    public static Future<Void> recordClockSkew(SqlClient client, UUID displayId, long skewMillis) {
        return client.preparedQuery("update displays set clock_skew_ms = $2 where id = $1")
                .execute(Tuple.of(displayId, skewMillis)).mapEmpty();
    }

    /** A player's heartbeat: kept on its display for the fleet view and the battery warnings. */
    public static Future<Void> recordHeartbeat(SqlClient client, UUID displayId, Heartbeat heartbeat) {
        BatteryReport battery = heartbeat.battery();
        return client.preparedQuery("update displays set player_version = $2, uptime_seconds = $3, battery_capacity_mwh = $4, "
                        + "energy_mj_per_day = $5, battery_days = $6, battery_reported_at = case when $4::float8 is null then null else now() end, "
                        + "free_disk_bytes = $7, current_item_id = $8, last_sync_at = coalesce($9, last_sync_at), "
                        + "heartbeat_seconds = $10, heartbeat_at = now(), clock_skew_ms = coalesce($11, clock_skew_ms) "
                        + "where id = $1")
                .execute(Tuple.from(Arrays.asList(displayId, heartbeat.playerVersion(), heartbeat.uptimeSeconds(),
                        battery == null ? null : battery.capacityMilliwattHours(), battery == null ? null : battery.millijoulesPerDay(),
                        battery == null ? null : battery.predictedDays(), heartbeat.freeDiskBytes(), heartbeat.currentItemId(),
                        heartbeat.lastSyncAt() == null ? null : OffsetDateTime.ofInstant(heartbeat.lastSyncAt(), ZoneOffset.UTC),
                        heartbeat.heartbeatSeconds(), heartbeat.clockSkewMs())))
                .compose(x -> recordRenderErrors(client, displayId, heartbeat.renderErrors()));
    }

    /** Folds reported failures into the display's error list: a repeat raises the count and moves last_at on. */
    private static Future<Void> recordRenderErrors(SqlClient client, UUID displayId, List<RenderError> errors) {
        if (errors.isEmpty()) {
            return Future.succeededFuture();
        }
        List<Tuple> rows = errors.stream().map(e -> Tuple.from(Arrays.asList(displayId, e.itemId(), e.slideId(), e.templateId(),
                e.message(), OffsetDateTime.ofInstant(e.firstAt(), ZoneOffset.UTC), OffsetDateTime.ofInstant(e.lastAt(), ZoneOffset.UTC),
                e.count()))).toList();
        return client.preparedQuery("insert into display_render_errors (display_id, item_id, slide_id, template_id, message, "
                        + "first_at, last_at, count) values ($1, $2, $3, $4, $5, $6, $7, $8) "
                        + "on conflict (display_id, item_id, message) do update set count = display_render_errors.count + excluded.count, "
                        + "first_at = least(display_render_errors.first_at, excluded.first_at), "
                        + "last_at = greatest(display_render_errors.last_at, excluded.last_at), "
                        + "slide_id = excluded.slide_id, template_id = excluded.template_id")
                .executeBatch(rows).mapEmpty();
    }

    /** The display's failures to show a slide, newest first. */
    public Future<List<DisplayRenderError>> renderErrors(UUID organisationId, UUID displayId, int limit) {
        return pool.preparedQuery("select e.item_id, e.slide_id, e.template_id, e.message, e.first_at, e.last_at, e.count "
                        + "from display_render_errors e join displays d on d.id = e.display_id "
                        + "where d.organisation_id = $1 and e.display_id = $2 order by e.last_at desc limit $3")
                .execute(Tuple.of(organisationId, displayId, limit))
                .map(rows -> {
                    List<DisplayRenderError> list = new java.util.ArrayList<>();
                    rows.forEach(r -> list.add(new DisplayRenderError(r.getString("item_id"), r.getString("slide_id"),
                            r.getString("template_id"), r.getString("message"), r.getOffsetDateTime("first_at").toInstant().toString(),
                            r.getOffsetDateTime("last_at").toInstant().toString(), r.getInteger("count"))));
                    return list;
                });
    }

    private static Optional<Display> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(display(rows.iterator().next()));
    }

    static Display display(Row row) {
        OffsetDateTime seen = row.getOffsetDateTime("last_seen_at");
        return new Display(row.getUUID("id"), row.getUUID("store_id"), row.getString("name"),
                DisplayClass.of(row.getString("display_class")), Zone.of(row.getString("zone")),
                Arrays.asList(row.getArrayOfStrings("tags")), row.getValue("token_revoked_at") != null,
                seen == null ? null : seen.toInstant().toString(), row.getLong("clock_skew_ms"), health(row),
                Connectivity.of(row.getValue("token_revoked_at") != null, row.getDouble("seen_seconds_ago"), row.getInteger("heartbeat_seconds")));
    }

    private static DisplayHealth health(Row row) {
        String version = row.getString("player_version");
        if (version == null) {
            return null;
        }
        Double capacity = row.getDouble("battery_capacity_mwh");
        OffsetDateTime reported = row.getOffsetDateTime("battery_reported_at");
        BatteryReport battery = capacity == null ? null
                : new BatteryReport(capacity, row.getDouble("energy_mj_per_day"), row.getDouble("battery_days"));
        OffsetDateTime synced = row.getOffsetDateTime("last_sync_at");
        OffsetDateTime beat = row.getOffsetDateTime("heartbeat_at");
        return new DisplayHealth(version, row.getLong("uptime_seconds"), battery, reported == null ? null : reported.toInstant().toString(),
                row.getLong("free_disk_bytes"), row.getString("current_item_id"), synced == null ? null : synced.toInstant().toString(),
                beat == null ? null : beat.toInstant().toString(), row.getLong("render_errors_24h"));
    }
}
