package com.storefront.signage.server.auth;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** What a user may do: admins everything, marketing the content, store managers their own stores. */
public enum Role {
    ADMIN("admin"),
    MARKETING("marketing"),
    STORE_MANAGER("store_manager");

    private final String id;

    Role(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Role of(String id) {
        return Arrays.stream(values()).filter(r -> r.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role '" + id + "', expected admin, marketing or store_manager"));
    }
}
