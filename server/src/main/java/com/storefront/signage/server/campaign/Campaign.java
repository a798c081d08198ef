package com.storefront.signage.server.campaign;

import java.time.LocalDate;
import java.util.UUID;

/** A playlist scheduled between two dates (local to each store), for the displays its targets reach. */
public record Campaign(UUID id, String name, UUID playlistId, LocalDate startDate, LocalDate endDate,
                       int priority, Targets targets) {
}
