package com.storefront.signage.server.interruption;

import com.storefront.signage.core.schedule.Layer;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * Content that takes over screens now, above every campaign: an emergency (organisation-wide, or
 * the stores of some regions) or a store manager's override (their store, or some of its
 * displays). Open-ended until {@code endsAt} or until someone ends it ({@code endedAt}).
 */
public record Interruption(UUID id, Layer kind, String name, UUID playlistId, List<String> regions, UUID storeId,
                           List<UUID> displayIds, Instant startsAt, Instant endsAt, Instant endedAt) {
    public Interruption {
        regions = regions == null ? List.of() : List.copyOf(regions);
        displayIds = displayIds == null ? List.of() : List.copyOf(displayIds);
    }

    /** When it stops: the planned end or the moment it was ended, whichever is first; null while open-ended. */
    public Instant effectiveEnd() {
        if (endedAt == null) {
            return endsAt;
        }
        return endsAt == null || endedAt.isBefore(endsAt) ? endedAt : endsAt;
    }

    public boolean reaches(UUID displayId, UUID displayStoreId, String storeRegion) {
        if (kind == Layer.EMERGENCY) {
            return regions.isEmpty() || regions.contains(storeRegion);
        }
        return storeId.equals(displayStoreId) && (displayIds.isEmpty() || displayIds.contains(displayId));
    }
}
