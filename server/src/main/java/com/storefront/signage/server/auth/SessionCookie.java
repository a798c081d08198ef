package com.storefront.signage.server.auth;

import io.vertx.core.http.Cookie;
import io.vertx.core.http.CookieSameSite;
import io.vertx.ext.web.RoutingContext;
import java.util.Optional;

/** The UI's session cookie: HttpOnly so scripts cannot read it, SameSite=Strict against cross-site requests. */
final class SessionCookie {
    static final String NAME = "sf_session";

    private SessionCookie() {
    }

    static Optional<String> read(RoutingContext ctx) {
        Cookie cookie = ctx.request().getCookie(NAME);
        return cookie == null || cookie.getValue().isBlank() ? Optional.empty() : Optional.of(cookie.getValue());
    }

    static void set(RoutingContext ctx, String token) {
        ctx.response().addCookie(Cookie.cookie(NAME, token).setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setPath("/").setMaxAge(SessionStore.LIFETIME.toSeconds()));
    }

    static void clear(RoutingContext ctx) {
        ctx.response().addCookie(Cookie.cookie(NAME, "").setHttpOnly(true).setSameSite(CookieSameSite.STRICT)
                .setPath("/").setMaxAge(0));
    }
}
