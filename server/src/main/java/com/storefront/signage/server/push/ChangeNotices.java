package com.storefront.signage.server.push;

import io.vertx.core.Future;
import io.vertx.sqlclient.SqlClient;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Logger;

/**
 * Announces committed edits to every server instance through PostgreSQL {@code NOTIFY}. Routes call
 * it after their write succeeded, so a notice never announces an edit that was rolled back. A notice
 * that cannot be sent is logged and the edit still succeeds: players pick it up with their next poll.
 */
public final class ChangeNotices {
    public static final String CHANNEL = "signage_changes";
    private static final Logger LOG = Logger.getLogger(ChangeNotices.class.getName());
    private final SqlClient client;
    private final Clock clock;

    public ChangeNotices(SqlClient client, Clock clock) {
        this.client = client;
        this.clock = clock;
    }

    public Future<Void> announce(ChangeNotice notice) {
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
