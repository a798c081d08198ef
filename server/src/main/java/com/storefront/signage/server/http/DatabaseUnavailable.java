package com.storefront.signage.server.http;

import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.util.concurrent.TimeoutException;

/**
 * Recognises failures that mean "PostgreSQL is not reachable right now" (restarting, failing over,
 * out of connections) rather than a bug, so the client gets a 503 it can retry instead of a 500.
 */
public final class DatabaseUnavailable {
    /** Seconds a client should wait before retrying: about what a PostgreSQL restart or failover takes. */
    public static final int RETRY_AFTER_SECONDS = 2;

    private DatabaseUnavailable() {
    }

    public static boolean is(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause() == t ? null : t.getCause()) {
            // a reset or broken pipe on the database socket (SocketException) is PostgreSQL going away mid-query
            if (t instanceof java.net.ConnectException || t instanceof java.net.SocketException || t instanceof ClosedConnectionException
                    || t instanceof TimeoutException) {
                return true;
            }
            if (t instanceof PgException pg && pg.getSqlState() != null && unavailable(pg.getSqlState())) {
                return true;
            }
        }
        return false;
    }

    /** SQLSTATE class 08 (connection exception), 57P01-57P03 (shutting down, crashed, starting up), 53300 (too many connections). */
    private static boolean unavailable(String sqlState) {
        return sqlState.startsWith("08") || sqlState.equals("57P01") || sqlState.equals("57P02") || sqlState.equals("57P03")
                || sqlState.equals("53300");
    }
}
