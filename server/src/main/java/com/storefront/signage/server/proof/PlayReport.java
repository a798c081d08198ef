package com.storefront.signage.server.proof;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * What played between {@code from} and {@code to} (plays that started in the window): plays,
 * time on screen in milliseconds, and plays whose end is unknown because the player lost power
 * (counted as plays, not in the time). Per schedule entry ({@code kind}: campaign, emergency,
 * override, or the default loop with a null id) and per display.
 */
public record PlayReport(Instant from, Instant to, long plays, long playedMs, long unfinished,
                         List<CampaignPlays> campaigns, List<DisplayPlays> displays) {

    public record CampaignPlays(UUID campaignId, String name, String kind, long plays, long playedMs, long unfinished) {
    }

    public record DisplayPlays(UUID displayId, String displayName, UUID storeId, String storeName, long plays, long playedMs,
                               long unfinished) {
    }

    static PlayReport of(Instant from, Instant to, List<CampaignPlays> campaigns, List<DisplayPlays> displays) {
        return new PlayReport(from, to, campaigns.stream().mapToLong(CampaignPlays::plays).sum(),
                campaigns.stream().mapToLong(CampaignPlays::playedMs).sum(),
                campaigns.stream().mapToLong(CampaignPlays::unfinished).sum(), List.copyOf(campaigns), List.copyOf(displays));
    }
}
