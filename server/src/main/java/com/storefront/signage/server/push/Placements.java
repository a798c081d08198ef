package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import com.storefront.signage.server.store.Store;
import io.vertx.core.Future;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * Where connected displays stand: each display (only what its manifest depends on) with its store,
 * in one query. A display that is missing from the answer was revoked or deleted.
 */
final class Placements {
    private Placements() {
    }

    static Future<Map<UUID, Placement>> load(SqlClient client, UUID organisationId, Collection<UUID> displayIds) {
        if (displayIds.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        return client.preparedQuery("select d.id, d.store_id, d.name, d.display_class, d.zone, d.tags, s.name as store_name, "
                        + "s.time_zone, s.region, s.tags as store_tags, s.languages, s.locale, s.currency "
                        + "from displays d join stores s on s.id = d.store_id "
                        + "where d.organisation_id = $1 and d.id = any($2) and d.token_revoked_at is null")
                .execute(Tuple.of(organisationId, (Object) displayIds.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Store> stores = new HashMap<>();
                    Map<UUID, Placement> found = new HashMap<>();
                    for (Row r : rows) {
                        Store store = stores.computeIfAbsent(r.getUUID("store_id"), id -> store(id, r));
                        String[] tags = r.getArrayOfStrings("tags");
                        // thousands stay in memory while connected: no per-display copy of what they share
                        Display display = new Display(r.getUUID("id"), store.id(), r.getString("name"),
                                DisplayClass.of(r.getString("display_class")), Zone.of(r.getString("zone")),
                                tags.length == 0 ? List.of() : Arrays.asList(tags), false, null, null);
                        found.put(display.id(), new Placement(display, store));
                    }
                    return found;
                });
    }

    private static Store store(UUID id, Row r) {
        return new Store(id, r.getString("store_name"), r.getString("time_zone"), r.getString("region"),
                Arrays.asList(r.getArrayOfStrings("store_tags")), Arrays.asList(r.getArrayOfStrings("languages")),
                r.getString("locale"), r.getString("currency"));
    }
}
