package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Predicate;

/**
 * Which displays an edit can change, from the organisation's schedule inputs before and after it:
 * a campaign or interruption that changed (or uses changed content) touches the displays its old
 * or its new targets reach; a change of the default loop, or of its content, touches all. Content
 * changes follow slide to playlist to campaign. Pure; errs only on the side of too many displays,
 * whose versions are then found unchanged.
 */
public final class AffectedDisplays {
    private AffectedDisplays() {
    }

    public static Set<UUID> between(ScheduleInputs before, ScheduleInputs after, Collection<Placement> placements) {
        Set<UUID> playlists = changedPlaylists(before, after);
        if (!Objects.equals(before.defaultPlaylistId(), after.defaultPlaylistId())
                || (after.defaultPlaylistId() != null && playlists.contains(after.defaultPlaylistId()))) {
            Set<UUID> all = new HashSet<>();
            placements.forEach(p -> all.add(p.display().id()));
            return all;
        }
        List<Campaign> campaigns = changed(before.campaigns(), after.campaigns(), Campaign::id,
                c -> playlists.contains(c.playlistId()) || c.contentByClass().values().stream().anyMatch(playlists::contains));
        List<Interruption> interruptions = changed(before.interruptions(), after.interruptions(), Interruption::id,
                i -> playlists.contains(i.playlistId()));
        Set<UUID> touched = new HashSet<>();
        if (campaigns.isEmpty() && interruptions.isEmpty()) {
            return touched;
        }
        // a campaign reaches a display by its store, class, zone and tags: thousands of displays share a handful of those
        Map<Reach, Boolean> byCampaigns = new HashMap<>();
        for (Placement p : placements) {
            boolean reached = byCampaigns.computeIfAbsent(new Reach(p.store(), p.display().displayClass(), p.display().zone(),
                    p.display().tags()), k -> reachedByAny(campaigns, p))
                    || interruptions.stream().anyMatch(i -> i.reaches(p.display().id(), p.store().id(), p.store().region()));
            if (reached) {
                touched.add(p.display().id());
            }
        }
        return touched;
    }

    private record Reach(Store store, DisplayClass displayClass, Zone zone, List<String> tags) {
    }

    private static boolean reachedByAny(List<Campaign> campaigns, Placement p) {
        List<String> tags = new ArrayList<>(p.store().tags());
        tags.addAll(p.display().tags());
        return campaigns.stream().anyMatch(c -> ScheduleAssembler.reaches(c, p.display(), p.store(), tags));
    }

    /** Playlists whose items changed, and those holding a slide that changed. */
    private static Set<UUID> changedPlaylists(ScheduleInputs before, ScheduleInputs after) {
        Set<UUID> slides = differing(before.slides(), after.slides());
        Set<UUID> playlists = differing(before.playlists(), after.playlists());
        if (!slides.isEmpty()) {
            for (Map<UUID, Playlist> side : List.of(before.playlists(), after.playlists())) {
                for (Playlist playlist : side.values()) {
                    if (playlist.items().stream().map(PlaylistItem::slideId).anyMatch(slides::contains)) {
                        playlists.add(playlist.id());
                    }
                }
            }
        }
        return playlists;
    }

    private static <V> Set<UUID> differing(Map<UUID, V> before, Map<UUID, V> after) {
        Set<UUID> ids = new HashSet<>(before.keySet());
        ids.addAll(after.keySet());
        ids.removeIf(id -> Objects.equals(before.get(id), after.get(id)));
        return ids;
    }

    /** Both versions of everything that changed or plays changed content; a thing reaches as far as either version. */
    private static <T> List<T> changed(List<T> before, List<T> after, Function<T, UUID> id, Predicate<T> usesChangedContent) {
        Map<UUID, T> old = new HashMap<>();
        before.forEach(t -> old.put(id.apply(t), t));
        List<T> out = new ArrayList<>();
        for (T now : after) {
            T was = old.remove(id.apply(now));
            if (!now.equals(was)) {
                out.add(now);
                if (was != null) {
                    out.add(was);
                }
            } else if (usesChangedContent.test(now)) {
                out.add(now);
            }
        }
        out.addAll(old.values());
        return out;
    }
}
