package com.storefront.signage.server.auth;

import java.util.List;
import java.util.UUID;

/** A user as the API shows it; the password hash never leaves the repository. */
public record User(UUID id, String email, String displayName, Role role, List<UUID> storeIds) {
}
