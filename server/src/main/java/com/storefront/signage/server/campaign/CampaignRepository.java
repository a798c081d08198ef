package com.storefront.signage.server.campaign;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.http.PageRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class CampaignRepository {
    private static final String COLUMNS = "id, name, playlist_id, start_date, end_date, priority, "
            + "target_store_ids, target_regions, target_tags, target_display_classes, target_zones";
    private final Pool pool;

    public CampaignRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Campaign> create(UUID organisationId, UUID userId, CampaignInput in) {
        UUID id = UUID.randomUUID();
        List<Object> values = new ArrayList<>(List.of(id, organisationId, userId));
        values.addAll(columns(in));
        return pool.preparedQuery("insert into campaigns (id, organisation_id, created_by, name, playlist_id, start_date, end_date, priority, "
                        + "target_store_ids, target_regions, target_tags, target_display_classes, target_zones) "
                        + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)")
                .execute(Tuple.from(values))
                .map(x -> new Campaign(id, in.name(), in.playlistId(), in.startDate(), in.endDate(), in.priority(), in.targets()));
    }

    public Future<Optional<Campaign>> replace(UUID organisationId, UUID id, CampaignInput in) {
        List<Object> values = new ArrayList<>(List.of(organisationId, id));
        values.addAll(columns(in));
        return pool.preparedQuery("update campaigns set name = $3, playlist_id = $4, start_date = $5, end_date = $6, priority = $7, "
                        + "target_store_ids = $8, target_regions = $9, target_tags = $10, target_display_classes = $11, "
                        + "target_zones = $12, updated_at = now() where organisation_id = $1 and id = $2 returning " + COLUMNS)
                .execute(Tuple.from(values)).map(CampaignRepository::first);
    }

    public Future<Boolean> delete(UUID organisationId, UUID id) {
        return pool.preparedQuery("delete from campaigns where organisation_id = $1 and id = $2")
                .execute(Tuple.of(organisationId, id)).map(rows -> rows.rowCount() == 1);
    }

    public Future<Optional<Campaign>> find(UUID organisationId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from campaigns where organisation_id = $1 and id = $2")
                .execute(Tuple.of(organisationId, id)).map(CampaignRepository::first);
    }

    /** {@code onlyStores} limits a store manager to campaigns aimed only at their stores. */
    public Future<Page<Campaign>> list(UUID organisationId, UUID[] onlyStores, Page.Request page) {
        return pool.preparedQuery("select " + COLUMNS + ", count(*) over () as total from campaigns where organisation_id = $1 "
                        + "and ($2::uuid[] is null or (cardinality(target_store_ids) > 0 and target_store_ids <@ $2)) "
                        + "order by start_date desc, name, id limit $3 offset $4")
                .execute(Tuple.of(organisationId, onlyStores, page.limit(), page.offset()))
                .map(rows -> PageRows.collect(rows, CampaignRepository::campaign, page));
    }

    /** Campaigns that may be running somewhere between two dates (a day of slack covers every time zone). */
    public static Future<List<Campaign>> runningAround(SqlClient client, UUID organisationId, LocalDate from, LocalDate to) {
        return client.preparedQuery("select " + COLUMNS + " from campaigns where organisation_id = $1 and start_date <= $3 and end_date >= $2")
                .execute(Tuple.of(organisationId, from, to))
                .map(rows -> {
                    List<Campaign> list = new ArrayList<>();
                    rows.forEach(r -> list.add(campaign(r)));
                    return list;
                });
    }

    private static List<Object> columns(CampaignInput in) {
        Targets t = in.targets();
        return List.of(in.name(), in.playlistId(), in.startDate(), in.endDate(), in.priority(),
                t.storeIds().toArray(UUID[]::new), t.regions().toArray(String[]::new), t.tags().toArray(String[]::new),
                t.displayClasses().stream().map(DisplayClass::id).toArray(String[]::new),
                t.zones().stream().map(Zone::id).toArray(String[]::new));
    }

    private static Optional<Campaign> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(campaign(rows.iterator().next()));
    }

    static Campaign campaign(Row row) {
        Targets targets = new Targets(Arrays.asList(row.getArrayOfUUIDs("target_store_ids")),
                Arrays.asList(row.getArrayOfStrings("target_regions")), Arrays.asList(row.getArrayOfStrings("target_tags")),
                Arrays.stream(row.getArrayOfStrings("target_display_classes")).map(DisplayClass::of).toList(),
                Arrays.stream(row.getArrayOfStrings("target_zones")).map(Zone::of).toList());
        return new Campaign(row.getUUID("id"), row.getString("name"), row.getUUID("playlist_id"),
                row.getLocalDate("start_date"), row.getLocalDate("end_date"), row.getInteger("priority"), targets);
    }
}
