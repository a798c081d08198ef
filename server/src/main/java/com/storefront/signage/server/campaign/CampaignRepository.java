package com.storefront.signage.server.campaign;

import com.fasterxml.jackson.core.type.TypeReference;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.schedule.Daypart;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.http.PageRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.SqlConnection;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

/** Campaigns and their audit trail; every change writes the campaign and a revision in one transaction. */
public final class CampaignRepository {
    private static final String COLUMNS = "id, name, status, revision, playlist_id, content_by_class::text as content_by_class, "
            + "start_date, end_date, dayparts::text as dayparts, exception_dates, priority, weight, max_plays_per_hour, "
            + "target_store_ids, target_regions, target_tags, target_display_classes, target_zones";
    private static final TypeReference<List<Daypart>> DAYPARTS = new TypeReference<>() { };
    private static final TypeReference<Map<String, UUID>> CONTENT = new TypeReference<>() { };
    private final Pool pool;

    public CampaignRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Campaign> create(UUID organisationId, UUID userId, CampaignInput in) {
        UUID id = UUID.randomUUID();
        Campaign campaign = campaign(id, CampaignStatus.DRAFT, 1, in);
        return pool.withTransaction(conn -> conn.preparedQuery("insert into campaigns (id, organisation_id, created_by, updated_by, "
                                + "status, revision, name, playlist_id, content_by_class, start_date, end_date, dayparts, exception_dates, "
                                + "priority, weight, max_plays_per_hour, target_store_ids, target_regions, target_tags, "
                                + "target_display_classes, target_zones) values ($1, $2, $3, $3, $4, $5, $6, $7, $8::text::jsonb, $9, $10, "
                                + "$11::text::jsonb, $12, $13, $14, $15, $16, $17, $18, $19, $20)")
                        .execute(Tuple.from(insertValues(organisationId, userId, campaign)))
                        .compose(x -> audit(conn, organisationId, userId, campaign, "created", "")))
                .map(campaign);
    }

    /** Applies an edit; {@code statusAfter} decides what the edit does to the approval. */
    public Future<Optional<Campaign>> replace(UUID organisationId, UUID id, UUID userId, CampaignInput in,
                                              Function<CampaignStatus, CampaignStatus> statusAfter) {
        return pool.withTransaction(conn -> locked(conn, organisationId, id).compose(found -> {
            if (found.isEmpty()) {
                return Future.succeededFuture(Optional.<Campaign>empty());
            }
            Campaign before = found.get();
            CampaignStatus status = statusAfter.apply(before.status());
            Campaign after = campaign(id, status, before.revision() + 1, in);
            String note = status != before.status() ? "edited while " + before.status().id() + ": back to " + status.id() + " for approval" : "";
            List<Object> values = new ArrayList<>(List.of(organisationId, id, userId));
            values.addAll(columnValues(after));
            return conn.preparedQuery("update campaigns set updated_by = $3, status = $4, revision = $5, name = $6, playlist_id = $7, "
                            + "content_by_class = $8::text::jsonb, start_date = $9, end_date = $10, dayparts = $11::text::jsonb, "
                            + "exception_dates = $12, priority = $13, weight = $14, max_plays_per_hour = $15, target_store_ids = $16, "
                            + "target_regions = $17, target_tags = $18, target_display_classes = $19, target_zones = $20, "
                            + "updated_at = now() where organisation_id = $1 and id = $2")
                    .execute(Tuple.from(values))
                    .compose(x -> audit(conn, organisationId, userId, after, "updated", note))
                    .map(x -> Optional.of(after));
        }));
    }

    /** Moves a campaign through the workflow; {@code next} computes the new status from the current one (and may refuse). */
    public Future<Campaign> transition(UUID organisationId, UUID id, UUID userId, String action, String note,
                                       Function<Campaign, CampaignStatus> next) {
        return pool.withTransaction(conn -> locked(conn, organisationId, id).compose(found -> {
            Campaign before = found.orElseThrow(() -> ApiException.notFound("campaign"));
            Campaign after = before.withStatus(next.apply(before), before.revision() + 1);
            return conn.preparedQuery("update campaigns set status = $3, revision = $4, updated_by = $5, updated_at = now() "
                            + "where organisation_id = $1 and id = $2")
                    .execute(Tuple.of(organisationId, id, after.status().id(), after.revision(), userId))
                    .compose(x -> audit(conn, organisationId, userId, after, action, note))
                    .map(after);
        }));
    }

    /** Deletes a draft or ended campaign; its history stays. */
    public Future<Boolean> delete(UUID organisationId, UUID id, UUID userId) {
        return pool.withTransaction(conn -> locked(conn, organisationId, id).compose(found -> {
            if (found.isEmpty()) {
                return Future.succeededFuture(false);
            }
            Campaign c = found.get();
            if (c.status() != CampaignStatus.DRAFT && c.status() != CampaignStatus.ENDED) {
                return Future.failedFuture(ApiException.conflict("status", "a " + c.status().id()
                        + " campaign cannot be deleted; end it first (its history is kept either way)"));
            }
            Campaign gone = c.withStatus(CampaignStatus.ENDED, c.revision() + 1);
            return audit(conn, organisationId, userId, gone, "deleted", "")
                    .compose(x -> conn.preparedQuery("delete from campaigns where organisation_id = $1 and id = $2")
                            .execute(Tuple.of(organisationId, id)))
                    .map(rows -> rows.rowCount() == 1);
        }));
    }

    public Future<Optional<Campaign>> find(UUID organisationId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from campaigns where organisation_id = $1 and id = $2")
                .execute(Tuple.of(organisationId, id)).map(CampaignRepository::first);
    }

    /** {@code onlyStores} limits a store manager to campaigns aimed only at their stores. */
    public Future<Page<Campaign>> list(UUID organisationId, UUID[] onlyStores, String status, Page.Request page) {
        return pool.preparedQuery("select " + COLUMNS + ", count(*) over () as total from campaigns where organisation_id = $1 "
                        + "and ($2::uuid[] is null or (cardinality(target_store_ids) > 0 and target_store_ids <@ $2)) "
                        + "and ($5::text is null or status = $5) "
                        + "order by start_date desc, name, id limit $3 offset $4")
                .execute(Tuple.of(organisationId, onlyStores, page.limit(), page.offset(), status))
                .map(rows -> PageRows.collect(rows, CampaignRepository::campaign, page));
    }

    public Future<List<CampaignRevision>> history(UUID organisationId, UUID id) {
        return pool.preparedQuery("select r.revision, r.action, r.status, r.note, r.changed_by, coalesce(u.display_name, '') as who, "
                        + "r.changed_at, r.snapshot::text as snapshot from campaign_revisions r left join users u on u.id = r.changed_by "
                        + "where r.organisation_id = $1 and r.campaign_id = $2 order by r.revision desc")
                .execute(Tuple.of(organisationId, id))
                .map(rows -> {
                    List<CampaignRevision> list = new ArrayList<>();
                    for (Row r : rows) {
                        list.add(new CampaignRevision(r.getInteger("revision"), r.getString("action"),
                                CampaignStatus.of(r.getString("status")), r.getString("note"), r.getUUID("changed_by"),
                                r.getString("who"), r.getOffsetDateTime("changed_at").toInstant(),
                                json(r.getString("snapshot"), com.fasterxml.jackson.databind.JsonNode.class)));
                    }
                    return list;
                });
    }

    /** Approved campaigns that have not ended by {@code from} (a day of slack covers every time zone). */
    public static Future<List<Campaign>> approvedFrom(SqlClient client, UUID organisationId, LocalDate from) {
        return client.preparedQuery("select " + COLUMNS + " from campaigns where organisation_id = $1 and status = 'approved' "
                        + "and end_date >= $2")
                .execute(Tuple.of(organisationId, from.minusDays(1)))
                .map(CampaignRepository::all);
    }

    private static Future<Optional<Campaign>> locked(SqlConnection conn, UUID organisationId, UUID id) {
        return conn.preparedQuery("select " + COLUMNS + " from campaigns where organisation_id = $1 and id = $2 for update")
                .execute(Tuple.of(organisationId, id)).map(CampaignRepository::first);
    }

    private static Future<Void> audit(SqlConnection conn, UUID organisationId, UUID userId, Campaign c, String action, String note) {
        return conn.preparedQuery("insert into campaign_revisions (campaign_id, organisation_id, revision, action, status, snapshot, "
                        + "note, changed_by) values ($1, $2, $3, $4, $5, $6::text::jsonb, $7, $8)")
                .execute(Tuple.from(Arrays.asList(c.id(), organisationId, c.revision(), action, c.status().id(),
                        new String(ProtocolJson.write(c), StandardCharsets.UTF_8), note == null ? "" : note, userId)))
                .mapEmpty();
    }

    private static Campaign campaign(UUID id, CampaignStatus status, int revision, CampaignInput in) {
        return new Campaign(id, in.name(), status, revision, in.playlistId(), in.contentByClass(), in.startDate(), in.endDate(),
                in.dayparts(), in.exceptions(), in.priority(), in.weight(), in.maxPlaysPerHour(), in.targets());
    }

    private static List<Object> insertValues(UUID organisationId, UUID userId, Campaign c) {
        List<Object> values = new ArrayList<>(Arrays.asList(c.id(), organisationId, userId));
        values.addAll(columnValues(c));
        return values;
    }

    /** status, revision, name, playlist, content, start, end, dayparts, exceptions, priority, weight, cap, targets (5). */
    private static List<Object> columnValues(Campaign c) {
        Targets t = c.targets();
        return Arrays.asList(c.status().id(), c.revision(), c.name(), c.playlistId(),
                new String(ProtocolJson.write(c.contentByClass()), StandardCharsets.UTF_8), c.startDate(), c.endDate(),
                new String(ProtocolJson.write(c.dayparts()), StandardCharsets.UTF_8), c.exceptions().toArray(LocalDate[]::new),
                c.priority(), c.weight(), c.maxPlaysPerHour(),
                t.storeIds().toArray(UUID[]::new), t.regions().toArray(String[]::new), t.tags().toArray(String[]::new),
                t.displayClasses().stream().map(DisplayClass::id).toArray(String[]::new),
                t.zones().stream().map(Zone::id).toArray(String[]::new));
    }

    private static Optional<Campaign> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(campaign(rows.iterator().next()));
    }

    private static List<Campaign> all(RowSet<Row> rows) {
        List<Campaign> list = new ArrayList<>();
        rows.forEach(r -> list.add(campaign(r)));
        return list;
    }

    static Campaign campaign(Row row) {
        Targets targets = new Targets(Arrays.asList(row.getArrayOfUUIDs("target_store_ids")),
                Arrays.asList(row.getArrayOfStrings("target_regions")), Arrays.asList(row.getArrayOfStrings("target_tags")),
                Arrays.stream(row.getArrayOfStrings("target_display_classes")).map(DisplayClass::of).toList(),
                Arrays.stream(row.getArrayOfStrings("target_zones")).map(Zone::of).toList());
        return new Campaign(row.getUUID("id"), row.getString("name"), CampaignStatus.of(row.getString("status")),
                row.getInteger("revision"), row.getUUID("playlist_id"), json(row.getString("content_by_class"), CONTENT),
                row.getLocalDate("start_date"), row.getLocalDate("end_date"), json(row.getString("dayparts"), DAYPARTS),
                Arrays.asList(row.getArrayOfLocalDates("exception_dates")), row.getInteger("priority"), row.getInteger("weight"),
                row.getInteger("max_plays_per_hour"), targets);
    }

    private static <T> T json(String text, TypeReference<T> type) {
        try {
            return ProtocolJson.mapper().readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stored campaign column: " + e.getMessage(), e);
        }
    }

    private static <T> T json(String text, Class<T> type) {
        try {
            return ProtocolJson.mapper().readValue(text, type);
        } catch (IOException e) {
            throw new IllegalStateException("unreadable stored campaign revision: " + e.getMessage(), e);
        }
    }
}
