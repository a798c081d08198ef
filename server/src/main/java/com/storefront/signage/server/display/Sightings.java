package com.storefront.signage.server.display;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.logging.Logger;

/**
 * When each display last called, and the clock skew it reported, written in batches: one UPDATE
 * for the whole fleet every {@value #FLUSH_EVERY_MS} ms instead of one per request. Offline is
 * judged after three missed heartbeats (a minute each by default), so seconds of delay do not
 * change what the fleet view says; reads that show it flush first ({@link #flush}), so this
 * instance's own sightings are never missing from them. The time of a sighting is kept as its age
 * and written against PostgreSQL's clock, as before. Thread-safe.
 */
public final class Sightings {
    public static final long FLUSH_EVERY_MS = 2000;
    private static final Logger LOG = Logger.getLogger(Sightings.class.getName());

    private final Pool pool;
    private final Map<UUID, Sighting> pending = new ConcurrentHashMap<>();
    private long timer = -1;

    /** Seen at {@code nanos} (System.nanoTime), with the skew it reported then, or the last one it reported before. */
    private record Sighting(long nanos, Long skewMs) {
        Sighting after(Sighting earlier) {
            return skewMs != null || earlier == null ? this : new Sighting(nanos, earlier.skewMs);
        }
    }

    public Sightings(Pool pool) {
        this.pool = pool;
    }

    /** The display called now; {@code skewMs} is what it reported of its clock, or null. */
    public void seen(UUID displayId, Long skewMs) {
        Sighting now = new Sighting(System.nanoTime(), skewMs);
        pending.merge(displayId, now, (earlier, later) -> later.after(earlier));
    }

    public void start(Vertx vertx) {
        timer = vertx.setPeriodic(FLUSH_EVERY_MS, id -> flush());
    }

    public Future<Void> stop(Vertx vertx) {
        vertx.cancelTimer(timer);
        return flush();
    }

    /** Writes every sighting not yet written; those that cannot be written wait for the next flush. Never fails. */
    public Future<Void> flush() {
        if (pending.isEmpty()) {
            return Future.succeededFuture();
        }
        List<UUID> ids = new ArrayList<>();
        List<Sighting> drained = new ArrayList<>();
        for (UUID id : pending.keySet()) {
            Sighting s = pending.remove(id);
            if (s != null) {
                ids.add(id);
                drained.add(s);
            }
        }
        long now = System.nanoTime();
        Long[] ages = drained.stream().map(s -> (now - s.nanos()) / 1_000_000).toArray(Long[]::new);
        Long[] skews = drained.stream().map(Sighting::skewMs).toArray(Long[]::new);
        // a heartbeat written after the sighting carries the newer skew: keep that one
        return pool.preparedQuery("update displays d set "
                        + "last_seen_at = greatest(d.last_seen_at, now() - v.age_ms * interval '1 millisecond'), "
                        + "clock_skew_ms = case when v.skew is null or d.heartbeat_at > now() - v.age_ms * interval '1 millisecond' "
                        + "then d.clock_skew_ms else v.skew end "
                        + "from unnest($1::uuid[], $2::int8[], $3::int8[]) as v(id, age_ms, skew) where d.id = v.id")
                .execute(Tuple.of(ids.toArray(UUID[]::new), ages, skews))
                .<Void>mapEmpty()
                .recover(e -> {
                    LOG.fine("sightings not written yet (" + e.getMessage() + "); retrying with the next flush");
                    for (int i = 0; i < ids.size(); i++) {
                        pending.merge(ids.get(i), drained.get(i), (later, earlier) -> later.after(earlier));
                    }
                    return Future.succeededFuture();
                });
    }
}
