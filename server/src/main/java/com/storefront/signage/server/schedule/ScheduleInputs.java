package com.storefront.signage.server.schedule;

import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.media.MediaInfo;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.slide.Slide;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * What schedules depend on besides the display and its store, loaded in one go so that turning
 * them into entries and timelines is a pure function: the campaigns to consider (approved ones,
 * or a draft simulated as approved), live interruptions, the default loop and the content: slides
 * by id, and the videos the playlists name, by sha256.
 */
public record ScheduleInputs(
        UUID defaultPlaylistId,
        List<Campaign> campaigns,
        List<Interruption> interruptions,
        Map<UUID, Playlist> playlists,
        Map<UUID, Slide> slides,
        Map<String, MediaInfo> videos) {

    public ScheduleInputs {
        campaigns = List.copyOf(campaigns);
        interruptions = List.copyOf(interruptions);
        playlists = Map.copyOf(playlists);
        slides = Map.copyOf(slides);
        videos = Map.copyOf(videos);
    }

    /** Inputs whose playlists hold slides only. */
    public ScheduleInputs(UUID defaultPlaylistId, List<Campaign> campaigns, List<Interruption> interruptions,
                          Map<UUID, Playlist> playlists, Map<UUID, Slide> slides) {
        this(defaultPlaylistId, campaigns, interruptions, playlists, slides, Map.of());
    }

    public ScheduleInputs withCampaigns(List<Campaign> replaced) {
        return new ScheduleInputs(defaultPlaylistId, replaced, interruptions, playlists, slides, videos);
    }
}
