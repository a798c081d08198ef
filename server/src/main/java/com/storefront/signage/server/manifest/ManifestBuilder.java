package com.storefront.signage.server.manifest;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.slide.Slide;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Decides what a display plays today: the campaigns that reach it and run on the store's local
 * date, highest priority only; otherwise the organisation's default loop. Each slide plays once
 * per store language it is complete in. Pure: same inputs and instant, same manifest.
 */
public final class ManifestBuilder {
    private final TemplateCatalog catalog;

    public ManifestBuilder(TemplateCatalog catalog) {
        this.catalog = catalog;
    }

    public Manifest build(ManifestInputs in, Instant now) {
        ZoneId zone = ZoneId.of(in.store().timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        List<Campaign> running = running(in, today);
        List<PlayItem> items = new ArrayList<>();
        if (running.isEmpty()) {
            if (in.defaultPlaylistId() != null) {
                addPlaylist(items, in, null, in.playlists().get(in.defaultPlaylistId()));
            }
        } else {
            for (Campaign campaign : running) {
                addPlaylist(items, in, campaign, in.playlists().get(campaign.playlistId()));
            }
        }
        String validUntil = today.plusDays(1).atStartOfDay(zone).toInstant().toString();
        String version = version(in, items, validUntil);
        return new Manifest(version, in.display().id().toString(), in.display().name(), in.display().displayClass(),
                in.store().id().toString(), in.store().timeZone(), now.toString(), validUntil, items);
    }

    /** Only the top priority level plays; within it, campaigns follow in a stable order. */
    static List<Campaign> running(ManifestInputs in, LocalDate today) {
        List<String> tags = new ArrayList<>(in.store().tags());
        tags.addAll(in.display().tags());
        List<Campaign> reaching = in.campaigns().stream()
                .filter(c -> !today.isBefore(c.startDate()) && !today.isAfter(c.endDate()))
                .filter(c -> c.targets().reaches(in.store().id(), in.store().region(), tags,
                        in.display().displayClass(), in.display().zone()))
                .filter(c -> in.playlists().containsKey(c.playlistId()))
                .sorted(Comparator.comparingInt(Campaign::priority).reversed()
                        .thenComparing(Campaign::startDate).thenComparing(Campaign::name).thenComparing(Campaign::id))
                .toList();
        if (reaching.isEmpty()) {
            return reaching;
        }
        int top = reaching.get(0).priority();
        return reaching.stream().filter(c -> c.priority() == top).toList();
    }

    private void addPlaylist(List<PlayItem> items, ManifestInputs in, Campaign campaign, Playlist playlist) {
        if (playlist == null) {
            return;
        }
        StoreLocale locale = new StoreLocale(in.store().locale(), in.store().currency());
        for (int i = 0; i < playlist.items().size(); i++) {
            PlaylistItem entry = playlist.items().get(i);
            Slide slide = in.slides().get(entry.slideId());
            if (slide == null) {
                continue;
            }
            TemplatePack pack = catalog.find(slide.templateId()).orElse(null);
            if (pack == null) {
                continue;
            }
            for (String language : SlideSpecResolver.languagesOf(pack, slide.fields(), in.store().languages())) {
                String id = (campaign == null ? "default" : campaign.id().toString()) + "/" + playlist.id() + "/" + i + "/" + language;
                items.add(new PlayItem(id, campaign == null ? null : campaign.id().toString(), playlist.id().toString(),
                        slide.id().toString(), entry.durationMs(),
                        SlideSpecResolver.resolve(pack, slide.fields(), language, locale)));
            }
        }
    }

    /** A hash of what the player acts on; {@code generatedAt} is left out so an unchanged schedule keeps its version. */
    private static String version(ManifestInputs in, List<PlayItem> items, String validUntil) {
        Map<String, Object> content = new LinkedHashMap<>();
        // not the whole display record: its last-seen time changes on every request
        content.put("display", List.of(in.display().id(), in.display().name(), in.display().displayClass()));
        content.put("timeZone", in.store().timeZone());
        content.put("validUntil", validUntil);
        content.put("items", items);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ProtocolJson.write(content));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
