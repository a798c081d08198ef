package com.storefront.signage.server.auth;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.List;
import java.util.UUID;

/** A request to create a user; store managers must name at least one store. */
public record NewUser(String email, String displayName, String password, Role role, List<UUID> storeIds) {
    public NewUser {
        require(email != null && email.matches("[^@\\s]+@[^@\\s]+"), "email", "must be an email address");
        email = email.trim().toLowerCase(java.util.Locale.ROOT);
        require(displayName != null && !displayName.isBlank() && displayName.length() <= 100, "displayName", "is required, at most 100 characters");
        require(password != null && password.length() >= 10 && password.length() <= 200, "password", "must be 10 to 200 characters");
        require(role != null, "role", "is required: admin, marketing or store_manager");
        storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
        require(role != Role.STORE_MANAGER || !storeIds.isEmpty(), "storeIds", "a store manager needs at least one store");
    }
}
