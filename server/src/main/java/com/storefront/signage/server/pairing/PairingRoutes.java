package com.storefront.signage.server.pairing;

import com.storefront.signage.core.protocol.PairingRequest;
import com.storefront.signage.core.protocol.PairingStatus;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.device.BearerToken;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.FieldError;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotice;
import com.storefront.signage.server.push.ChangeNotices;
import com.storefront.signage.server.store.StoreRepository;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.time.Clock;
import java.util.UUID;

/**
 * Pairing a new player: it asks for a code (no credentials: it has none yet), shows it, and polls
 * with its secret; an admin or the store's manager claims the code, choosing store, zone and class.
 */
public final class PairingRoutes {
    private final PairingRepository pairings;
    private final StoreRepository stores;
    private final ChangeNotices notices;
    private final Clock clock;

    public PairingRoutes(PairingRepository pairings, StoreRepository stores, ChangeNotices notices, Clock clock) {
        this.pairings = pairings;
        this.stores = stores;
        this.notices = notices;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.post("/api/v1/pairing").handler(this::handleOpen);
        router.post("/api/v1/pairing/claim").handler(this::handleClaim);
        router.get("/api/v1/pairing/:pairingId").handler(this::handlePoll);
    }

    private void handleOpen(RoutingContext ctx) {
        PairingRequest request = JsonBodies.read(ctx, PairingRequest.class);
        FieldError.require(request.displayClass() != null, "displayClass", "is required");
        pairings.open(request.displayClass(), request.playerVersion())
                .onSuccess(ticket -> JsonBodies.created(ctx, ticket)).onFailure(ctx::fail);
    }

    private void handlePoll(RoutingContext ctx) {
        UUID id = Ids.path(ctx, "pairingId", "pairing");
        String secret = BearerToken.of(ctx).orElseThrow(() -> ApiException.unauthorized("present the pairing secret as a Bearer token"));
        pairings.poll(id, secret)
                .map(p -> p.orElseThrow(() -> ApiException.unauthorized("unknown pairing or wrong secret")))
                // a token delivered again replaces the one delivered before: every instance must forget the old one
                .compose(p -> p.organisationId() == null ? Future.succeededFuture(p)
                        : notices.announce(new ChangeNotice(p.organisationId(), ChangeKind.DISPLAY, p.displayId(), clock.instant())).map(p))
                .map(p -> new PairingStatus(p.status(), p.displayId() == null ? null : p.displayId().toString(), p.deviceToken()))
                .onSuccess(status -> JsonBodies.ok(ctx, status)).onFailure(ctx::fail);
    }

    private void handleClaim(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.STORE_MANAGER);
        ClaimRequest claim = JsonBodies.read(ctx, ClaimRequest.class);
        p.requireStore(claim.storeId());
        stores.find(p.organisationId(), claim.storeId())
                .map(s -> s.orElseThrow(() -> ApiException.invalid("storeId", "no such store")))
                .compose(s -> pairings.claim(p.organisationId(), claim))
                .compose(notices.then(ChangeKind.DISPLAY, p.organisationId(), Display::id))
                .onSuccess(d -> JsonBodies.created(ctx, d)).onFailure(ctx::fail);
    }
}
