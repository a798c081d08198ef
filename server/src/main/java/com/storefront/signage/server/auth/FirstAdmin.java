package com.storefront.signage.server.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.Optional;
import java.util.UUID;

/**
 * On the very first start there is nobody to log in as: create the organisation and its first
 * admin, with the password from the environment or a generated one printed exactly once.
 */
public final class FirstAdmin {
    private final Pool pool;
    private final PasswordHasher hasher;

    public FirstAdmin(Pool pool, PasswordHasher hasher) {
        this.pool = pool;
        this.hasher = hasher;
    }

    /** The generated password when one was made now; empty when users already existed or one was configured. */
    public Future<Optional<String>> ensure(String email, Optional<String> configuredPassword, String organisationName) {
        String password = configuredPassword.orElseGet(() -> Tokens.random().substring(0, 16));
        // hashed up front: the transaction below must not wait on a worker thread while holding its lock
        return hasher.hash(password).compose(hash -> pool.withTransaction(conn -> conn
                // several instances may start at once against one database: only one creates the admin
                .query("select pg_advisory_xact_lock(7261001)").execute()
                .compose(x -> conn.query("select count(*) from users").execute())
                .compose(rows -> {
                    if (rows.iterator().next().getLong(0) > 0) {
                        return Future.succeededFuture(Optional.<String>empty());
                    }
                    UUID org = UUID.randomUUID();
                    return conn.preparedQuery("insert into organisations (id, name) values ($1, $2)")
                            .execute(Tuple.of(org, organisationName))
                            .compose(x -> conn.preparedQuery("insert into users (id, organisation_id, email, display_name, password_hash, role) "
                                            + "values ($1, $2, $3, 'Administrator', $4, 'admin')")
                                    .execute(Tuple.of(UUID.randomUUID(), org, email.trim().toLowerCase(java.util.Locale.ROOT), hash)))
                            .map(x -> configuredPassword.isPresent() ? Optional.<String>empty() : Optional.of(password));
                })));
    }
}
