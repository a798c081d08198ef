package com.storefront.signage.server.organisation;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.UUID;

public record OrganisationUpdate(String name, UUID defaultPlaylistId) {
    public OrganisationUpdate {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
    }
}
