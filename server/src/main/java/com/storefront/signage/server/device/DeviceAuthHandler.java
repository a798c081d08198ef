package com.storefront.signage.server.device;

import com.storefront.signage.core.protocol.DeviceHeaders;
import com.storefront.signage.server.display.Sightings;
import com.storefront.signage.server.http.ApiException;
import io.vertx.core.Future;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.Optional;

/**
 * Admits requests carrying a valid, unrevoked device token; everything else gets 401. Every
 * answer to a device carries the server's clock (epoch milliseconds, set
 * as the response goes out) so players can correct theirs, and a player reports what it measured
 * (its clock minus the server's), kept on the display for the fleet view. See {@link DeviceHeaders}.
 * Tokens are looked up in {@link DeviceTokens} and calls are recorded in {@link Sightings}, so a
 * request for an unchanged manifest needs no query at all.
 */
public final class DeviceAuthHandler implements Handler<RoutingContext> {
    private static final long MAX_SKEW_MS = 366L * 86_400_000;
    private final DeviceTokens tokens;
    private final Sightings sightings;
    private final Clock clock;

    public DeviceAuthHandler(DeviceTokens tokens, Sightings sightings, Clock clock) {
        this.tokens = tokens;
        this.sightings = sightings;
        this.clock = clock;
    }

    @Override
    public void handle(RoutingContext ctx) {
        String token = BearerToken.of(ctx).orElse(null);
        if (token == null) {
            ctx.fail(ApiException.unauthorized("present the device token as a Bearer token"));
            return;
        }
        ctx.response().headersEndHandler(v -> ctx.response().putHeader(DeviceHeaders.SERVER_TIME, Long.toString(clock.millis())));
        identify(token, skew(ctx.request().getHeader(DeviceHeaders.CLOCK_SKEW)))
                .onSuccess(device -> {
                    if (device.isEmpty()) {
                        ctx.fail(ApiException.unauthorized("device token is unknown or revoked; pair the player again"));
                        return;
                    }
                    ctx.put(DeviceIdentity.KEY, device.get());
                    ctx.next();
                })
                .onFailure(ctx::fail);
    }

    /** The display holding this valid, unrevoked token, marked as seen now (with the skew it reported, if any); empty otherwise. */
    public Future<Optional<DeviceIdentity>> identify(String token, Long skewMs) {
        return tokens.identify(token).map(found -> {
            found.ifPresent(device -> sightings.seen(device.displayId(), skewMs));
            return found;
        });
    }

    /** A malformed or absurd report is ignored rather than refused: the player still needs its manifest. */
    private static Long skew(String header) {
        if (header == null) {
            return null;
        }
        try {
            long value = Long.parseLong(header.trim());
            // not Math.abs: it stays negative for Long.MIN_VALUE, which would pass as a tiny skew
            return value >= -MAX_SKEW_MS && value <= MAX_SKEW_MS ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
