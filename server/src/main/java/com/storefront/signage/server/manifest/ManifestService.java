package com.storefront.signage.server.manifest;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignRepository;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.playlist.PlaylistRepository;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.slide.SlideRepository;
import com.storefront.signage.server.store.Store;
import com.storefront.signage.server.store.StoreRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** Loads what a display's manifest depends on and hands it to the pure {@link ManifestBuilder}. */
public final class ManifestService {
    private final Pool pool;
    private final DisplayRepository displays;
    private final StoreRepository stores;
    private final ManifestBuilder builder;
    private final Clock clock;

    public ManifestService(Pool pool, DisplayRepository displays, StoreRepository stores, ManifestBuilder builder, Clock clock) {
        this.pool = pool;
        this.displays = displays;
        this.stores = stores;
        this.builder = builder;
        this.clock = clock;
    }

    public Future<Manifest> forDisplay(UUID organisationId, UUID displayId) {
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        Future<Display> display = displays.find(organisationId, displayId).map(d -> d.orElseThrow(() -> ApiException.notFound("display")));
        Future<Store> store = display.compose(d -> stores.find(organisationId, d.storeId()))
                .map(s -> s.orElseThrow(() -> ApiException.notFound("store")));
        Future<UUID> defaultPlaylist = pool.preparedQuery("select default_playlist_id from organisations where id = $1")
                .execute(Tuple.of(organisationId)).map(rows -> rows.iterator().next().getUUID(0));
        Future<List<Campaign>> campaigns = CampaignRepository.runningAround(pool, organisationId, today.minusDays(1), today.plusDays(1));
        return Future.all(store, defaultPlaylist, campaigns).compose(all -> {
            List<UUID> playlistIds = new ArrayList<>();
            if (defaultPlaylist.result() != null) {
                playlistIds.add(defaultPlaylist.result());
            }
            campaigns.result().forEach(c -> playlistIds.add(c.playlistId()));
            return PlaylistRepository.load(pool, organisationId, playlistIds).compose(playlists -> {
                List<UUID> slideIds = playlists.values().stream().flatMap(p -> p.items().stream()).map(i -> i.slideId()).distinct().toList();
                return slides(organisationId, slideIds).map(slides -> builder.build(new ManifestInputs(display.result(), store.result(),
                        defaultPlaylist.result(), campaigns.result(), playlists, slides), clock.instant()));
            });
        });
    }

    private Future<Map<UUID, Slide>> slides(UUID organisationId, List<UUID> ids) {
        return pool.preparedQuery("select id, name, template_id, fields::text as fields from slides where organisation_id = $1 and id = any($2)")
                .execute(Tuple.of(organisationId, (Object) ids.toArray(UUID[]::new)))
                .map(rows -> {
                    Map<UUID, Slide> found = new HashMap<>();
                    rows.forEach(r -> found.put(r.getUUID("id"), SlideRepository.slide(r)));
                    return found;
                });
    }
}
