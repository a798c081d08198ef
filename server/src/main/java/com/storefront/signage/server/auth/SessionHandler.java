package com.storefront.signage.server.auth;

import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;

/** Attaches the logged-in user, if any, to the request; routes then ask {@link Principal#of}. */
public final class SessionHandler implements Handler<RoutingContext> {
    private final SessionStore sessions;

    public SessionHandler(SessionStore sessions) {
        this.sessions = sessions;
    }

    @Override
    public void handle(RoutingContext ctx) {
        SessionCookie.read(ctx).ifPresentOrElse(
                token -> sessions.find(token).onSuccess(p -> {
                    p.ifPresent(principal -> ctx.put(Principal.KEY, principal));
                    ctx.next();
                }).onFailure(ctx::fail),
                ctx::next);
    }
}
