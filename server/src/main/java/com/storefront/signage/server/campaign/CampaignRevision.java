package com.storefront.signage.server.campaign;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.UUID;

/** One entry of a campaign's audit trail: who did what, and the campaign as it was afterwards. */
public record CampaignRevision(int revision, String action, CampaignStatus status, String note, UUID changedBy,
                               String changedByName, Instant changedAt, JsonNode snapshot) {
}
