package com.storefront.signage.node;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.protocol.VideoRef;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.ScheduleResolver;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;

/** Manifests built from the real protocol records, as the CMS would send them. */
final class SampleManifests {
    private SampleManifests() {
    }

    static final ZoneId ZONE = ZoneId.of("Europe/Berlin");

    /** A default loop of {@code items}, with the timeline resolved the way the server does for the week from today. */
    static Manifest manifest(String version, PlayItem... items) {
        return manifest(version, List.of(ScheduleEntry.defaultLoop(List.of(items))));
    }

    static Manifest manifest(String version, List<ScheduleEntry> entries) {
        Instant windowStart = LocalDate.now(ZONE).atStartOfDay(ZONE).toInstant();
        Instant validUntil = LocalDate.now(ZONE).plusDays(8).atStartOfDay(ZONE).toInstant();
        return new Manifest(version, "display-1", "Front window", DisplayClass.HD_LANDSCAPE, "store-1", ZONE.getId(),
                Instant.now(), windowStart, validUntil, entries, ScheduleResolver.resolve(entries, ZONE, windowStart, validUntil));
    }

    /** A welcome slide; item ids contain slashes as the server's do. */
    static PlayItem welcome(String slideId, String greeting) {
        return new PlayItem("campaign-1/playlist-1/" + slideId, "campaign-1", "playlist-1", slideId, 1000,
                new SlideSpec("welcome", "en", Map.of("greeting", greeting), List.of()));
    }

    /** A promotion whose product image is the media file {@code sha256}. */
    static PlayItem promotion(String slideId, String sha256) {
        return new PlayItem("campaign-2/playlist-1/" + slideId, "campaign-2", "playlist-1", slideId, 1000,
                new SlideSpec("promotion", "en", Map.of("headline", "Crisp apples", "nowPrice", "€1.99", "image", sha256),
                        List.of(sha256)));
    }

    /** A video item: the 320x240 clip {@code sha256}, {@code clipMillis} long, on screen for {@code slotMillis}. */
    static PlayItem video(String name, String sha256, long clipMillis, long slotMillis) {
        return PlayItem.ofVideo("campaign-3/playlist-1/" + name, "campaign-3", "playlist-1", slotMillis,
                new VideoRef(sha256, 320, 240, clipMillis));
    }
}
