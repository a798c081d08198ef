package com.storefront.signage.server.manifest;

import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Everything a display's manifest depends on, loaded in one go so that building it is a pure function. */
public record ManifestInputs(
        Display display,
        Store store,
        UUID defaultPlaylistId,
        List<Campaign> campaigns,
        Map<UUID, Playlist> playlists,
        Map<UUID, Slide> slides) {
}
