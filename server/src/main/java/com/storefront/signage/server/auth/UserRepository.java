package com.storefront.signage.server.auth;

import com.storefront.signage.server.http.Page;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** Users, their password hashes and the stores a store manager manages. */
public final class UserRepository {
    private static final String COLUMNS = "u.id, u.email, u.display_name, u.role, "
            + "coalesce(array(select s.store_id from user_stores s where s.user_id = u.id order by s.store_id), '{}') as store_ids";

    private final Pool pool;

    public UserRepository(Pool pool) {
        this.pool = pool;
    }

    /** A user's id, organisation and password hash, for checking a login. */
    public record Credentials(UUID userId, String passwordHash) {
    }

    public Future<Optional<Credentials>> credentials(String email) {
        return pool.preparedQuery("select id, password_hash from users where email = $1")
                .execute(Tuple.of(email))
                .map(rows -> rows.size() == 0 ? Optional.empty()
                        : Optional.of(new Credentials(rows.iterator().next().getUUID("id"), rows.iterator().next().getString("password_hash"))));
    }

    public Future<User> create(UUID organisationId, NewUser user, String passwordHash) {
        UUID id = UUID.randomUUID();
        return pool.withTransaction(conn -> conn
                .preparedQuery("insert into users (id, organisation_id, email, display_name, password_hash, role) values ($1, $2, $3, $4, $5, $6)")
                .execute(Tuple.of(id, organisationId, user.email(), user.displayName(), passwordHash, user.role().id()))
                .compose(ignored -> user.storeIds().isEmpty() ? Future.succeededFuture()
                        : conn.preparedQuery("insert into user_stores (user_id, store_id) select $1, s.id from stores s where s.id = any($2) and s.organisation_id = $3")
                                .execute(Tuple.of(id, user.storeIds().toArray(UUID[]::new), organisationId))
                                .compose(rows -> rows.rowCount() == user.storeIds().size() ? Future.succeededFuture()
                                        : Future.failedFuture(com.storefront.signage.server.http.ApiException.invalid("storeIds", "names a store that does not exist")))))
                .map(ignored -> new User(id, user.email(), user.displayName(), user.role(), user.storeIds()));
    }

    public Future<Page<User>> list(UUID organisationId, Page.Request page) {
        return pool.preparedQuery("select " + COLUMNS + ", count(*) over () as total from users u where u.organisation_id = $1 order by u.email limit $2 offset $3")
                .execute(Tuple.of(organisationId, page.limit(), page.offset()))
                .compose(rows -> {
                    List<User> users = new java.util.ArrayList<>();
                    long total = 0;
                    for (Row row : rows) {
                        users.add(user(row));
                        total = row.getLong("total");
                    }
                    return total == 0 && page.offset() > 0 ? count(organisationId).map(t -> new Page<>(users, t, page.limit(), page.offset()))
                            : Future.succeededFuture(new Page<>(users, total, page.limit(), page.offset()));
                });
    }

    private Future<Long> count(UUID organisationId) {
        return pool.preparedQuery("select count(*) from users where organisation_id = $1")
                .execute(Tuple.of(organisationId)).map(rows -> rows.iterator().next().getLong(0));
    }

    static User user(Row row) {
        UUID[] stores = row.getArrayOfUUIDs("store_ids");
        return new User(row.getUUID("id"), row.getString("email"), row.getString("display_name"),
                Role.of(row.getString("role")), stores == null ? List.of() : Arrays.asList(stores));
    }
}
