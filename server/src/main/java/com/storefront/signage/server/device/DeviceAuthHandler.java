package com.storefront.signage.server.device;

import com.storefront.signage.server.auth.Tokens;
import com.storefront.signage.server.http.ApiException;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Row;
import io.vertx.sqlclient.Tuple;

/** Admits requests carrying a valid, unrevoked device token; everything else gets 401. */
public final class DeviceAuthHandler implements Handler<RoutingContext> {
    private final Pool pool;

    public DeviceAuthHandler(Pool pool) {
        this.pool = pool;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String token = BearerToken.of(ctx).orElse(null);
        if (token == null) {
            ctx.fail(ApiException.unauthorized("present the device token as a Bearer token"));
            return;
        }
        pool.preparedQuery("update displays set last_seen_at = now() where device_token_hash = $1 and token_revoked_at is null "
                        + "returning id, organisation_id, store_id")
                .execute(Tuple.of(Tokens.hash(token)))
                .onSuccess(rows -> {
                    if (rows.size() == 0) {
                        ctx.fail(ApiException.unauthorized("device token is unknown or revoked; pair the player again"));
                        return;
                    }
                    Row row = rows.iterator().next();
                    ctx.put(DeviceIdentity.KEY, new DeviceIdentity(row.getUUID("id"), row.getUUID("organisation_id"), row.getUUID("store_id")));
                    ctx.next();
                })
                .onFailure(ctx::fail);
    }
}
