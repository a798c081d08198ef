package com.storefront.signage.server.auth;

import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import io.vertx.core.Future;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/** Login, logout, who am I, and user administration. */
public final class AuthRoutes {
    private final UserRepository users;
    private final SessionStore sessions;
    private final PasswordHasher hasher;
    private final Future<String> dummyHash;

    public AuthRoutes(UserRepository users, SessionStore sessions, PasswordHasher hasher) {
        this.users = users;
        this.sessions = sessions;
        this.hasher = hasher;
        this.dummyHash = hasher.hash(Tokens.random());
    }

    public void mount(Router router) {
        router.post("/api/v1/auth/login").handler(this::handleLogin);
        router.post("/api/v1/auth/logout").handler(this::handleLogout);
        router.get("/api/v1/auth/me").handler(this::handleMe);
        router.get("/api/v1/users").handler(this::handleListUsers);
        router.post("/api/v1/users").handler(this::handleCreateUser);
    }

    private void handleLogin(RoutingContext ctx) {
        LoginRequest login = JsonBodies.read(ctx, LoginRequest.class);
        users.credentials(login.email())
                .compose(found -> found.isEmpty()
                        // hash anyway so response time does not reveal which emails exist
                        ? dummyHash.compose(h -> hasher.verify(login.password(), h)).compose(x -> Future.failedFuture(badLogin()))
                        : hasher.verify(login.password(), found.get().passwordHash())
                                .compose(ok -> ok ? sessions.open(found.get().userId()) : Future.failedFuture(badLogin())))
                .compose(token -> sessions.find(token).map(p -> {
                    SessionCookie.set(ctx, token);
                    return p.orElseThrow();
                }))
                .onSuccess(p -> JsonBodies.ok(ctx, p))
                .onFailure(ctx::fail);
    }

    private void handleLogout(RoutingContext ctx) {
        SessionCookie.read(ctx).map(sessions::close).orElse(Future.succeededFuture())
                .onSuccess(x -> {
                    SessionCookie.clear(ctx);
                    ctx.response().setStatusCode(204).end();
                })
                .onFailure(ctx::fail);
    }

    private void handleMe(RoutingContext ctx) {
        JsonBodies.ok(ctx, Principal.of(ctx));
    }

    private void handleListUsers(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN);
        users.list(p.organisationId(), Page.Request.from(ctx)).onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleCreateUser(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN);
        NewUser user = JsonBodies.read(ctx, NewUser.class);
        hasher.hash(user.password())
                .compose(hash -> users.create(p.organisationId(), user, hash))
                .onSuccess(created -> JsonBodies.created(ctx, created))
                .onFailure(ctx::fail);
    }

    private static ApiException badLogin() {
        return ApiException.unauthorized("wrong email or password");
    }

}
