package com.storefront.signage.server.auth;

import com.storefront.signage.server.http.ApiException;
import io.vertx.ext.web.RoutingContext;
import java.util.Arrays;
import java.util.Collection;
import java.util.Set;
import java.util.UUID;

/** The logged-in user a request acts for; store managers carry the stores they manage. */
public record Principal(UUID userId, UUID organisationId, String email, String displayName, Role role, Set<UUID> storeIds) {
    static final String KEY = "principal";

    public Principal {
        storeIds = Set.copyOf(storeIds);
    }

    /** The request's user, or 401 when nobody is logged in. */
    public static Principal of(RoutingContext ctx) {
        Principal p = ctx.get(KEY);
        if (p == null) {
            throw ApiException.unauthorized("log in first");
        }
        return p;
    }

    public Principal require(Role... allowed) {
        if (Arrays.asList(allowed).contains(role)) {
            return this;
        }
        throw ApiException.forbidden("your role '" + role.id() + "' may not do this");
    }

    public boolean managesStore(UUID storeId) {
        return role != Role.STORE_MANAGER || storeIds.contains(storeId);
    }

    public void requireStore(UUID storeId) {
        if (!managesStore(storeId)) {
            throw ApiException.forbidden("store " + storeId + " is not one of your stores");
        }
    }

    public void requireStores(Collection<UUID> stores) {
        stores.forEach(this::requireStore);
    }
}
