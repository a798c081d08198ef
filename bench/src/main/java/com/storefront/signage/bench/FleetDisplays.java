package com.storefront.signage.bench;

import com.storefront.signage.server.auth.Tokens;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * Creates a fleet's displays with device tokens straight in SQL, inside the server's JVM: the rows
 * the pairing flow leaves behind ({@code PairingRepository.claim} inserts the display as
 * {@code DisplayRepository.insert} does, {@code poll} stores the SHA-256 of a fresh token), without
 * three HTTP round trips and a pairing row per display. The fleet bench still pairs a few
 * displays through the API, so the real flow is exercised too.
 */
final class FleetDisplays {
    private static final int BATCH = 1000;

    private FleetDisplays() {
    }

    /** {@code count} hd-landscape displays spread round-robin over the stores; writes "token storeId" lines to {@code out}. */
    static void seed(Pool pool, int count, List<UUID> storeIds, Path out) throws Exception {
        Row first = pool.preparedQuery("select organisation_id from stores where id = $1").execute(Tuple.of(storeIds.get(0)))
                .toCompletionStage().toCompletableFuture().get().iterator().next();
        UUID organisation = first.getUUID("organisation_id");
        List<String> lines = new ArrayList<>(count);
        List<Tuple> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < count; i++) {
            UUID store = storeIds.get(i % storeIds.size());
            String token = Tokens.random();
            batch.add(Tuple.from(List.of(UUID.randomUUID(), organisation, store, "Fleet screen " + i, "hd-landscape", "entrance",
                    new String[0], Tokens.hash(token))));
            lines.add(token + " " + store);
            if (batch.size() == BATCH || i == count - 1) {
                insert(pool, batch).toCompletionStage().toCompletableFuture().get();
                batch = new ArrayList<>(BATCH);
            }
        }
        Files.write(out, lines, StandardCharsets.UTF_8);
    }

    private static Future<?> insert(Pool pool, List<Tuple> rows) {
        return pool.preparedQuery("insert into displays (id, organisation_id, store_id, name, display_class, zone, tags, device_token_hash) "
                + "values ($1, $2, $3, $4, $5, $6, $7, $8)").executeBatch(rows);
    }

    static List<String[]> read(Path file) throws IOException {
        return Files.readAllLines(file, StandardCharsets.UTF_8).stream().map(l -> l.split(" ")).toList();
    }
}
