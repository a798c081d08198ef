package com.storefront.signage.server.campaign;

import static com.storefront.signage.server.http.FieldError.require;

import java.time.LocalDate;
import java.util.UUID;

public record CampaignInput(String name, UUID playlistId, LocalDate startDate, LocalDate endDate, Integer priority, Targets targets) {
    public CampaignInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(playlistId != null, "playlistId", "is required");
        require(startDate != null, "startDate", "is required, e.g. 2026-12-01");
        require(endDate != null, "endDate", "is required, e.g. 2026-12-24");
        require(!endDate.isBefore(startDate), "endDate", "must not be before startDate");
        priority = priority == null ? 0 : priority;
        require(priority >= 0 && priority <= 100, "priority", "must be between 0 and 100");
        targets = targets == null ? Targets.EVERYWHERE : targets;
    }
}
