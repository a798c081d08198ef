package com.storefront.signage.server.store;

import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.http.PageRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

public final class StoreRepository {
    private static final String COLUMNS = "id, name, time_zone, region, tags, languages, locale, currency";
    private final Pool pool;

    public StoreRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Store> create(UUID organisationId, StoreInput in) {
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("insert into stores (id, organisation_id, name, time_zone, region, tags, languages, locale, currency) "
                        + "values ($1, $2, $3, $4, $5, $6, $7, $8, $9)")
                .execute(Tuple.from(List.of(id, organisationId, in.name(), in.timeZone(), in.region(),
                        in.tags().toArray(String[]::new), in.languages().toArray(String[]::new), in.locale(), in.currency())))
                .map(x -> new Store(id, in.name(), in.timeZone(), in.region(), in.tags(), in.languages(), in.locale(), in.currency()));
    }

    public Future<Optional<Store>> update(UUID organisationId, UUID id, StoreInput in) {
        return pool.preparedQuery("update stores set name = $3, time_zone = $4, region = $5, tags = $6, languages = $7, "
                        + "locale = $8, currency = $9, updated_at = now() where organisation_id = $1 and id = $2 returning " + COLUMNS)
                .execute(Tuple.from(List.of(organisationId, id, in.name(), in.timeZone(), in.region(),
                        in.tags().toArray(String[]::new), in.languages().toArray(String[]::new), in.locale(), in.currency())))
                .map(StoreRepository::first);
    }

    public Future<Optional<Store>> find(UUID organisationId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from stores where organisation_id = $1 and id = $2")
                .execute(Tuple.of(organisationId, id))
                .map(StoreRepository::first);
    }

    /** {@code only} restricts the list to a store manager's stores; null means all. */
    public Future<Page<Store>> list(UUID organisationId, UUID[] only, Page.Request page) {
        return pool.preparedQuery("select " + COLUMNS + ", count(*) over () as total from stores "
                        + "where organisation_id = $1 and ($2::uuid[] is null or id = any($2)) order by name limit $3 offset $4")
                .execute(Tuple.of(organisationId, only, page.limit(), page.offset()))
                .map(rows -> PageRows.collect(rows, StoreRepository::store, page));
    }

    public static Future<List<Store>> all(SqlClient client, UUID organisationId) {
        return client.preparedQuery("select " + COLUMNS + " from stores where organisation_id = $1 order by id")
                .execute(Tuple.of(organisationId))
                .map(rows -> {
                    List<Store> list = new java.util.ArrayList<>();
                    rows.forEach(r -> list.add(store(r)));
                    return list;
                });
    }

    private static Optional<Store> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(store(rows.iterator().next()));
    }

    static Store store(Row row) {
        return new Store(row.getUUID("id"), row.getString("name"), row.getString("time_zone"), row.getString("region"),
                Arrays.asList(row.getArrayOfStrings("tags")), Arrays.asList(row.getArrayOfStrings("languages")),
                row.getString("locale"), row.getString("currency"));
    }
}
