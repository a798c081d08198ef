package com.storefront.signage.server.pairing;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.PairingTicket;
import com.storefront.signage.server.auth.Tokens;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import io.vertx.core.Future;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import java.util.UUID;

/**
 * Pairing codes. A code lives 15 minutes; once claimed, each poll with the player's secret issues
 * a fresh device token, so a player that lost power before saving its token can simply ask again.
 */
public final class PairingRepository {
    static final Duration CODE_LIFETIME = Duration.ofMinutes(15);
    private final Pool pool;

    public PairingRepository(Pool pool) {
        this.pool = pool;
    }

    public Future<PairingTicket> open(DisplayClass displayClass, String playerVersion) {
        return open(displayClass, playerVersion, 5);
    }

    private Future<PairingTicket> open(DisplayClass displayClass, String playerVersion, int attempts) {
        UUID id = UUID.randomUUID();
        String code = Tokens.pairingCode();
        String secret = Tokens.random();
        OffsetDateTime expires = OffsetDateTime.now(ZoneOffset.UTC).plus(CODE_LIFETIME);
        return pool.preparedQuery("delete from pairings where claimed_display_id is null and expires_at < now()").execute()
                .compose(x -> pool.preparedQuery("insert into pairings (id, code, secret_hash, display_class, player_version, expires_at) "
                                + "values ($1, $2, $3, $4, $5, $6)")
                        .execute(Tuple.of(id, code, Tokens.hash(secret), displayClass.id(), playerVersion == null ? "" : playerVersion, expires)))
                .map(x -> new PairingTicket(id.toString(), code, secret, expires.toInstant().toString(), 2000))
                .recover(e -> e instanceof PgException pg && "23505".equals(pg.getSqlState()) && attempts > 1
                        ? open(displayClass, playerVersion, attempts - 1) : Future.failedFuture(e));
    }


    public Future<Display> claim(UUID organisationId, ClaimRequest claim) {
        return pool.withTransaction(conn -> conn
                .preparedQuery("select id, display_class from pairings where code = $1 and claimed_display_id is null "
                        + "and expires_at > now() for update")
                .execute(Tuple.of(claim.code()))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.failedFuture(new ApiException(404, "not_found", "code",
                                "no screen is showing code " + claim.code() + " (codes expire after 15 minutes)"));
                    }
                    Row row = rows.iterator().next();
                    UUID pairingId = row.getUUID("id");
                    DisplayClass cls = claim.displayClass() != null ? claim.displayClass() : DisplayClass.of(row.getString("display_class"));
                    return DisplayRepository.insert(conn, organisationId, claim.storeId(), claim.name(), cls, claim.zone(), claim.tags())
                            .compose(d -> conn.preparedQuery("update pairings set claimed_display_id = $2 where id = $1")
                                    .execute(Tuple.of(pairingId, d.id())).map(x -> d));
                }));
    }

    /** Result of a player's poll: pending, expired, or claimed with a newly issued token. */
    public record Poll(String status, UUID displayId, String deviceToken, UUID organisationId) {
    }

    public Future<Optional<Poll>> poll(UUID pairingId, String secret) {
        return pool.withTransaction(conn -> conn
                .preparedQuery("select claimed_display_id, expires_at < now() as expired, "
                        + "coalesce(delivered_at < now() - interval '1 day', false) as stale "
                        + "from pairings where id = $1 and secret_hash = $2 for update")
                .execute(Tuple.of(pairingId, Tokens.hash(secret)))
                .compose(rows -> {
                    if (rows.size() == 0) {
                        return Future.succeededFuture(Optional.<Poll>empty());
                    }
                    Row row = rows.iterator().next();
                    UUID display = row.getUUID("claimed_display_id");
                    if (display == null) {
                        return Future.succeededFuture(Optional.of(new Poll(row.getBoolean("expired") ? "expired" : "pending", null, null, null)));
                    }
                    if (row.getBoolean("stale")) {
                        return Future.succeededFuture(Optional.of(new Poll("expired", null, null, null)));
                    }
                    String token = Tokens.random();
                    return conn.preparedQuery("update displays set device_token_hash = $2, token_revoked_at = null where id = $1 "
                                    + "returning organisation_id")
                            .execute(Tuple.of(display, Tokens.hash(token)))
                            .compose(updated -> conn.preparedQuery("update pairings set delivered_at = coalesce(delivered_at, now()) where id = $1")
                                    .execute(Tuple.of(pairingId))
                                    .map(x -> Optional.of(new Poll("claimed", display, token,
                                            updated.iterator().next().getUUID("organisation_id")))));
                }));
    }
}
