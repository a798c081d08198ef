package com.storefront.signage.server.schedule;

import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignRepository;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.interruption.InterruptionRepository;
import com.storefront.signage.server.media.MediaInfo;
import com.storefront.signage.server.media.MediaRepository;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.playlist.PlaylistRepository;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.slide.SlideRepository;
import io.vertx.core.Future;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.Tuple;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;

/** Loads an organisation's {@link ScheduleInputs} from PostgreSQL: everything that can still play from {@code from} on. */
public final class ScheduleLoader {
    private final Pool pool;

    public ScheduleLoader(Pool pool) {
        this.pool = pool;
    }

    /** {@code extra} (e.g. a draft being checked) is loaded with its content as if it were approved. */
    public Future<ScheduleInputs> load(UUID organisationId, Instant from, List<Campaign> extra) {
        Future<UUID> defaultPlaylist = pool.preparedQuery("select default_playlist_id from organisations where id = $1")
                .execute(Tuple.of(organisationId)).map(rows -> rows.iterator().next().getUUID(0));
        Future<List<Campaign>> campaigns = CampaignRepository.approvedFrom(pool, organisationId, from.atOffset(ZoneOffset.UTC).toLocalDate())
                .map(list -> {
                    List<Campaign> all = new ArrayList<>(list);
                    for (Campaign c : extra) {
                        all.removeIf(x -> x.id().equals(c.id()));
                        all.add(c);
                    }
                    return all;
                });
        Future<List<Interruption>> interruptions = InterruptionRepository.liveFrom(pool, organisationId, from);
        return Future.all(defaultPlaylist, campaigns, interruptions).compose(all -> {
            List<UUID> playlistIds = new ArrayList<>();
            if (defaultPlaylist.result() != null) {
                playlistIds.add(defaultPlaylist.result());
            }
            campaigns.result().forEach(c -> {
                playlistIds.add(c.playlistId());
                playlistIds.addAll(c.contentByClass().values());
            });
            interruptions.result().forEach(i -> playlistIds.add(i.playlistId()));
            return PlaylistRepository.load(pool, organisationId, playlistIds.stream().distinct().toList()).compose(playlists -> {
                List<PlaylistItem> items = playlists.values().stream().flatMap(p -> p.items().stream()).toList();
                List<UUID> slideIds = items.stream().map(PlaylistItem::slideId).filter(Objects::nonNull).distinct().toList();
                List<String> videoShas = items.stream().map(PlaylistItem::video).filter(Objects::nonNull).distinct().toList();
                Future<Map<UUID, Slide>> slides = slides(organisationId, slideIds);
                Future<Map<String, MediaInfo>> videos = MediaRepository.infos(pool, organisationId, videoShas);
                return Future.all(slides, videos).map(x -> new ScheduleInputs(defaultPlaylist.result(),
                        campaigns.result(), interruptions.result(), playlists, slides.result(), videos.result()));
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
