package com.storefront.signage.server.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/**
 * On the very first start there is nobody to log in as: create the organisation and its first
 * admin, with the password from the environment or a generated one printed exactly once.
 */
public final class FirstAdmin {
    private final Pool pool;
    private final UserRepository users;
    private final PasswordHasher hasher;

    public FirstAdmin(Pool pool, UserRepository users, PasswordHasher hasher) {
        this.pool = pool;
        this.users = users;
        this.hasher = hasher;
    }

    /** The generated password when one was made now; empty when users already existed or one was configured. */
    public Future<Optional<String>> ensure(String email, Optional<String> configuredPassword, String organisationName) {
        return users.count().compose(n -> {
            if (n > 0) {
                return Future.succeededFuture(Optional.empty());
            }
            String password = configuredPassword.orElseGet(() -> Tokens.random().substring(0, 16));
            UUID org = UUID.randomUUID();
            return pool.preparedQuery("insert into organisations (id, name) values ($1, $2)")
                    .execute(Tuple.of(org, organisationName))
                    .compose(x -> hasher.hash(password))
                    .compose(hash -> users.create(org, new NewUser(email, "Administrator", password, Role.ADMIN, List.of()), hash))
                    .map(x -> configuredPassword.isPresent() ? Optional.<String>empty() : Optional.of(password));
        });
    }
}
