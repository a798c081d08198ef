package com.storefront.signage.server.auth;

import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

/**
 * Login sessions in PostgreSQL, so any server instance can serve any request. The cookie holds a
 * random token; the table holds its hash.
 */
public final class SessionStore {
    static final Duration LIFETIME = Duration.ofHours(12);
    private final Pool pool;

    public SessionStore(Pool pool) {
        this.pool = pool;
    }

    public Future<String> open(UUID userId) {
        String token = Tokens.random();
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(LIFETIME);
        return pool.preparedQuery("insert into sessions (token_hash, user_id, expires_at) values ($1, $2, $3)")
                .execute(Tuple.of(Tokens.hash(token), userId, expires))
                .map(ignored -> token);
    }

    public Future<Optional<Principal>> find(String token) {
        return pool.preparedQuery("""
                        select u.id, u.organisation_id, u.email, u.display_name, u.role,
                               coalesce(array(select us.store_id from user_stores us where us.user_id = u.id), '{}') as store_ids
                        from sessions s join users u on u.id = s.user_id
                        where s.token_hash = $1 and s.expires_at > now()""")
                .execute(Tuple.of(Tokens.hash(token)))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    Set<UUID> stores = new HashSet<>(List.of(row.getArrayOfUUIDs("store_ids")));
                    return Optional.of(new Principal(row.getUUID("id"), row.getUUID("organisation_id"), row.getString("email"),
                            row.getString("display_name"), Role.of(row.getString("role")), stores));
                });
    }

    public Future<Void> close(String token) {
        return pool.preparedQuery("delete from sessions where token_hash = $1 or expires_at < now()")
                .execute(Tuple.of(Tokens.hash(token))).mapEmpty();
    }
}
