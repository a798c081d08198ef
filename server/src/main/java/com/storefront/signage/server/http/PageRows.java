package com.storefront.signage.server.http;

import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.RowSet;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns the rows of a list query into a {@link Page}. The query selects {@code count(*) over () as total}
 * so one round trip gives both the page and the total.
 */
public final class PageRows {
    private PageRows() {
    }

    public static <T> Page<T> collect(RowSet<Row> rows, Function<Row, T> mapper, Page.Request page) {
        List<T> items = new ArrayList<>();
        long total = 0;
        for (Row row : rows) {
            items.add(mapper.apply(row));
            total = row.getLong("total");
        }
        return new Page<>(items, total, page.limit(), page.offset());
    }
}
