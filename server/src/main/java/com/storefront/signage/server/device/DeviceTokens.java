package com.storefront.signage.server.device;

import com.storefront.signage.server.auth.Tokens;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotice;
import com.storefront.signage.server.push.ChangeObserver;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Which display a device token belongs to, remembered so that a player's every request does not
 * cost a query. Revoking or re-pairing a display announces a {@link ChangeKind#DISPLAY} notice,
 * which makes every instance forget that display's tokens; a lookup that was under way while any
 * display or store changed is not remembered (it may have read the row before the change). Entries
 * are also forgotten after {@link #REMEMBER_FOR}, the bound on a notice that was never sent, and
 * nothing is trusted while the LISTEN connection is down. Unknown tokens are never remembered, so
 * garbage cannot fill the memory. Thread-safe.
 */
public final class DeviceTokens implements ChangeObserver {
    public static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_TOKENS = 1_000_000;

    private final Pool pool;
    private final Map<TokenKey, Known> byTokenHash = new ConcurrentHashMap<>();
    /** Organisation and store ids, one object each however many displays share them: a fleet's worth of entries stays small. */
    private final Map<UUID, UUID> sharedIds = new ConcurrentHashMap<>();
    /** Moves on with every display or store change: a lookup begun before one is not remembered. */
    private final AtomicLong generation = new AtomicLong();
    private volatile boolean listening;

    private record Known(DeviceIdentity identity, long untilNanos) {
    }

    /**
     * The first 128 bits of the token's SHA-256, as two longs rather than 64 hex characters: a
     * quarter of the memory, and finding another token with the same 128 bits is as hard as
     * guessing a token.
     */
    private record TokenKey(long high, long low) {
        static TokenKey of(String hexHash) {
            return new TokenKey(Long.parseUnsignedLong(hexHash, 0, 16, 16), Long.parseUnsignedLong(hexHash, 16, 32, 16));
        }
    }

    public DeviceTokens(Pool pool) {
        this.pool = pool;
    }

    /** The display holding this valid, unrevoked token; empty otherwise. */
    public Future<Optional<DeviceIdentity>> identify(String token) {
        String hash = Tokens.hash(token);
        TokenKey key = TokenKey.of(hash);
        if (listening) {
            Known known = byTokenHash.get(key);
            if (known != null && System.nanoTime() - known.untilNanos < 0) {
                return Future.succeededFuture(Optional.of(known.identity()));
            }
        }
        long before = generation.get();
        return pool.preparedQuery("select id, organisation_id, store_id from displays "
                        + "where device_token_hash = $1 and token_revoked_at is null")
                .execute(Tuple.of(hash))
                .map(rows -> {
                    if (rows.size() == 0) {
                        return Optional.empty();
                    }
                    Row row = rows.iterator().next();
                    DeviceIdentity identity = new DeviceIdentity(row.getUUID("id"), shared(row.getUUID("organisation_id")),
                            shared(row.getUUID("store_id")));
                    remember(key, identity, before);
                    return Optional.of(identity);
                });
    }

    private UUID shared(UUID id) {
        return sharedIds.computeIfAbsent(id, x -> x);
    }

    private void remember(TokenKey key, DeviceIdentity identity, long before) {
        if (!listening || generation.get() != before) {
            return;
        }
        if (byTokenHash.size() >= MAX_TOKENS) {
            byTokenHash.clear();
        }
        byTokenHash.put(key, new Known(identity, System.nanoTime() + REMEMBER_FOR.toNanos()));
        // a change that came in while the entry was being put cannot have removed it yet
        if (generation.get() != before) {
            byTokenHash.remove(key);
        }
    }

    @Override
    public void changed(ChangeNotice notice) {
        if (notice.kind() == ChangeKind.DISPLAY) {
            generation.incrementAndGet();
            byTokenHash.values().removeIf(k -> k.identity().displayId().equals(notice.id()));
        } else if (notice.kind() == ChangeKind.STORE) {
            generation.incrementAndGet();
            byTokenHash.values().removeIf(k -> k.identity().storeId().equals(notice.id()));
        }
    }

    @Override
    public void deaf() {
        listening = false;
        generation.incrementAndGet();
        byTokenHash.clear();
    }

    @Override
    public void listening(boolean again) {
        generation.incrementAndGet();
        byTokenHash.clear();
        listening = true;
    }
}
