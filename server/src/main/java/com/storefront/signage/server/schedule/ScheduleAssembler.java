package com.storefront.signage.server.schedule;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.VideoRef;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.media.MediaInfo;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Turns the organisation's campaigns, interruptions and default loop into the schedule entries of
 * one display: those whose targets reach it, with the content for its class (or the campaign's
 * fallback) resolved into items, each slide once per store language it is complete in and each
 * video once (a clip has no language). E-ink classes cannot play video, so their items leave the
 * videos out; a playlist of videos only is then empty there, which the reach report warns about.
 * Pure; an instance remembers resolved items per playlist, store locale and whether the class
 * plays video, so a whole fleet is cheap, and may be shared between threads.
 */
public final class ScheduleAssembler {
    private final TemplateCatalog catalog;
    private final ScheduleInputs inputs;
    private final Map<String, List<PlayItem>> items = new ConcurrentHashMap<>();
    /**
     * One entry object per campaign, interruption or default loop and content key, shared by every
     * display it reaches, so that displays with the same entries hold the very same objects and can
     * be grouped by identity ({@code ManifestResolver}).
     */
    private final Map<String, ScheduleEntry> sharedEntries = new ConcurrentHashMap<>();

    public ScheduleAssembler(TemplateCatalog catalog, ScheduleInputs inputs) {
        this.catalog = catalog;
        this.inputs = inputs;
    }

    public ScheduleInputs inputs() {
        return inputs;
    }

    public List<ScheduleEntry> entries(Display display, Store store) {
        List<String> tags = new ArrayList<>(store.tags());
        tags.addAll(display.tags());
        List<ScheduleEntry> entries = new ArrayList<>();
        for (Interruption i : inputs.interruptions()) {
            if (i.reaches(display.id(), store.id(), store.region())) {
                entries.add(sharedEntries.computeIfAbsent(i.id() + "|" + contentKey(display.displayClass(), store), k ->
                        ScheduleEntry.interruption(i.id().toString(), i.kind(), i.name(), i.startsAt(), i.effectiveEnd(),
                                items(i.id().toString(), i.playlistId(), display.displayClass(), store))));
            }
        }
        for (Campaign c : inputs.campaigns()) {
            if (reaches(c, display, store, tags)) {
                entries.add(entry(c, display.displayClass(), store));
            }
        }
        if (inputs.defaultPlaylistId() != null) {
            entries.add(sharedEntries.computeIfAbsent("default|" + contentKey(display.displayClass(), store), k ->
                    ScheduleEntry.defaultLoop(items("default", inputs.defaultPlaylistId(), display.displayClass(), store))));
        }
        return entries;
    }

    public static boolean reaches(Campaign c, Display display, Store store, List<String> storeAndDisplayTags) {
        return c.targets().reaches(store.id(), store.region(), storeAndDisplayTags, display.displayClass(), display.zone());
    }

    public ScheduleEntry entry(Campaign c, DisplayClass displayClass, Store store) {
        UUID playlist = c.playlistFor(displayClass);
        // the same entry serves every display of the fleet with this content and store locale
        return sharedEntries.computeIfAbsent(c.id() + "|" + playlist + "|" + contentKey(displayClass, store), k ->
                ScheduleEntry.campaign(c.id().toString(), c.name(), c.priority(), c.weight(), c.maxPlaysPerHour(),
                        c.startDate(), c.endDate(), c.dayparts(), c.exceptions(),
                        items(c.id().toString(), playlist, displayClass, store)));
    }

    /** HD screens play video; e-ink panels refresh in hundreds of milliseconds and cannot. */
    public static boolean playsVideo(DisplayClass displayClass) {
        return !displayClass.isEink();
    }

    /** How many of a playlist's items are videos, which a class that cannot play them leaves out. */
    public int videoItems(UUID playlistId) {
        Playlist playlist = inputs.playlists().get(playlistId);
        return playlist == null ? 0 : (int) playlist.items().stream().filter(PlaylistItem::showsVideo).count();
    }

    private static String contentKey(DisplayClass displayClass, Store store) {
        return store.languages() + "|" + store.locale() + "|" + store.currency() + "|" + playsVideo(displayClass);
    }

    private List<PlayItem> items(String entryId, UUID playlistId, DisplayClass displayClass, Store store) {
        // items depend on the store only through its languages, locale and currency, which many stores share,
        // and on the class only through whether it plays video
        String key = entryId + "|" + playlistId + "|" + contentKey(displayClass, store);
        return items.computeIfAbsent(key, k -> resolve(entryId, inputs.playlists().get(playlistId), displayClass, store));
    }

    private List<PlayItem> resolve(String entryId, Playlist playlist, DisplayClass displayClass, Store store) {
        if (playlist == null) {
            return List.of();
        }
        StoreLocale locale = new StoreLocale(store.locale(), store.currency());
        List<PlayItem> out = new ArrayList<>();
        String campaignId = entryId.equals("default") ? null : entryId;
        for (int i = 0; i < playlist.items().size(); i++) {
            PlaylistItem entry = playlist.items().get(i);
            if (entry.showsVideo()) {
                MediaInfo video = inputs.videos().get(entry.video());
                if (video != null && video.isVideo() && playsVideo(displayClass)) {
                    out.add(PlayItem.ofVideo(entryId + "/" + playlist.id() + "/" + i + "/video", campaignId, playlist.id().toString(),
                            entry.durationMs(), new VideoRef(video.sha256(), video.width(), video.height(), video.durationMs())));
                }
                continue;
            }
            Slide slide = inputs.slides().get(entry.slideId());
            TemplatePack pack = slide == null ? null : catalog.find(slide.templateId()).orElse(null);
            if (pack == null) {
                continue;
            }
            for (String language : SlideSpecResolver.languagesOf(pack, slide.fields(), store.languages())) {
                String id = entryId + "/" + playlist.id() + "/" + i + "/" + language;
                out.add(new PlayItem(id, campaignId, playlist.id().toString(),
                        slide.id().toString(), entry.durationMs(), SlideSpecResolver.resolve(pack, slide.fields(), language, locale)));
            }
        }
        return List.copyOf(out);
    }
}
