package com.storefront.signage.server.push;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Announces committed edits to every server instance through PostgreSQL {@code NOTIFY}. Routes call
 * it after their write succeeded, so a notice never announces an edit that was rolled back. This
 * instance's own caches hear the notice before it is sent, so the edit's answer never races its
 * invalidation here. A notice that cannot be sent is logged and the edit still succeeds: other
 * instances' caches let go of what they hold within their time limit, and players pick it up then.
 */
public final class ChangeNotices {
    public static final String CHANNEL = "signage_changes";
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class.getName());
    private final SqlClient client;
    private final Clock clock;
    private final List<ChangeObserver> local;

    public ChangeNotices(SqlClient client, Clock clock, List<ChangeObserver> local) {
        this.client = client;
        this.clock = clock;
        this.local = List.copyOf(local);
    }

    public Future<Void> announce(ChangeNotice notice) {
        local.forEach(o -> o.changed(notice));
        return client.preparedQuery("select pg_notify($1, $2)").execute(Tuple.of(CHANNEL, notice.payload()))
                .<Void>mapEmpty()
                .recover(e -> {
                    LOG.warning("change not announced (" + notice + "): " + e.getMessage());
                    return Future.succeededFuture();
                });
    }

    /** For {@code compose}: announces the change of the thing {@code id} names in the result, then passes the result on. */
    public <T> Function<T, Future<T>> then(ChangeKind kind, UUID organisationId, Function<T, UUID> id) {
        return result -> announce(new ChangeNotice(organisationId, kind, id.apply(result), clock.instant())).map(result);
    }
}
