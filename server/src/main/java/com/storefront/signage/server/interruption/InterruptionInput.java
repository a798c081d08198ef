package com.storefront.signage.server.interruption;

import static com.storefront.signage.server.http.FieldError.require;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An emergency or override as requested. {@code startsAt} defaults to now; {@code endsAt} may be
 * left out to run until ended. {@code regions} applies to emergencies, {@code storeId} and
 * {@code displayIds} to overrides; the routes check the one they need.
 */
public record InterruptionInput(String name, UUID playlistId, List<String> regions, UUID storeId, List<UUID> displayIds,
                                Instant startsAt, Instant endsAt) {
    public InterruptionInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(playlistId != null, "playlistId", "is required");
        regions = regions == null ? List.of() : List.copyOf(regions);
        displayIds = displayIds == null ? List.of() : List.copyOf(displayIds);
        require(endsAt == null || startsAt == null || endsAt.isAfter(startsAt), "endsAt", "must be after startsAt");
    }
}
