package com.storefront.signage.server.schedule;

import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.slide.Slide;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What schedules depend on besides the display and its store, loaded in one go so that turning
 * them into entries and timelines is a pure function: the campaigns to consider (approved ones,
 * or a draft simulated as approved), live interruptions, the default loop and the content.
 */
public record ScheduleInputs(
        UUID defaultPlaylistId,
        List<Campaign> campaigns,
        List<Interruption> interruptions,
        Map<UUID, Playlist> playlists,
        Map<UUID, Slide> slides) {

    public ScheduleInputs {
        campaigns = List.copyOf(campaigns);
        interruptions = List.copyOf(interruptions);
        playlists = Map.copyOf(playlists);
        slides = Map.copyOf(slides);
    }

    public ScheduleInputs withCampaigns(List<Campaign> replaced) {
        return new ScheduleInputs(defaultPlaylistId, replaced, interruptions, playlists, slides);
    }
}
