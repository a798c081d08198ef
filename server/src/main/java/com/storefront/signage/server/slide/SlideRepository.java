package com.storefront.signage.server.slide;

import com.fasterxml.jackson.core.type.TypeReference;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.http.PageRows;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

public final class SlideRepository {
    private static final String COLUMNS = "id, name, template_id, fields::text as fields";
    private static final TypeReference<Map<String, Object>> FIELDS = new TypeReference<>() { };
    private final Pool pool;

    public SlideRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<Slide> create(UUID organisationId, SlideInput in) {
        UUID id = UUID.randomUUID();
        return pool.preparedQuery("insert into slides (id, organisation_id, name, template_id, fields) values ($1, $2, $3, $4, $5::text::jsonb)")
                .execute(Tuple.of(id, organisationId, in.name(), in.templateId(), json(in.fields())))
                .map(x -> new Slide(id, in.name(), in.templateId(), in.fields()));
    }

    public Future<Optional<Slide>> update(UUID organisationId, UUID id, SlideInput in) {
        return pool.preparedQuery("update slides set name = $3, template_id = $4, fields = $5::text::jsonb, updated_at = now() "
                        + "where organisation_id = $1 and id = $2 returning " + COLUMNS)
                .execute(Tuple.of(organisationId, id, in.name(), in.templateId(), json(in.fields())))
                .map(SlideRepository::first);
    }

    public Future<Optional<Slide>> find(UUID organisationId, UUID id) {
        return pool.preparedQuery("select " + COLUMNS + " from slides where organisation_id = $1 and id = $2")
                .execute(Tuple.of(organisationId, id)).map(SlideRepository::first);
    }

    public Future<Page<Slide>> list(UUID organisationId, Page.Request page) {
        return pool.preparedQuery("select " + COLUMNS + ", count(*) over () as total from slides where organisation_id = $1 "
                        + "order by name, id limit $2 offset $3")
                .execute(Tuple.of(organisationId, page.limit(), page.offset()))
                .map(rows -> PageRows.collect(rows, SlideRepository::slide, page));
    }

    private static Optional<Slide> first(RowSet<Row> rows) {
        return rows.size() == 0 ? Optional.empty() : Optional.of(slide(rows.iterator().next()));
    }

    public static Slide slide(Row row) {
        return new Slide(row.getUUID("id"), row.getString("name"), row.getString("template_id"), fields(row.getString("fields")));
    }

    public static Map<String, Object> fields(String json) {
        try {
            return ProtocolJson.mapper().readValue(json, FIELDS);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String json(Map<String, Object> fields) {
        return new String(ProtocolJson.write(fields), StandardCharsets.UTF_8);
    }
}
