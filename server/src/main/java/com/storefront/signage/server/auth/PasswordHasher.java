package com.storefront.signage.server.auth;

import at.favre.lib.crypto.bcrypt.BCrypt;
import io.vertx.core.Future;
import io.vertx.core.Vertx;

/** bcrypt, run off the event loop: one hash costs tens of milliseconds by design. */
public final class PasswordHasher {
    private static final int COST = 11;
    private final Vertx vertx;

    public PasswordHasher(Vertx vertx) {
        this.vertx = vertx;
    }

    public Future<String> hash(String password) {
        return vertx.executeBlocking(() -> BCrypt.withDefaults().hashToString(COST, password.toCharArray()));
    }

    public Future<Boolean> verify(String password, String hash) {
        return vertx.executeBlocking(() -> BCrypt.verifyer().verify(password.toCharArray(), hash).verified);
    }
}
