package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.protocol.VideoRef;
import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.core.schedule.Play;
import com.storefront.signage.core.schedule.ScheduleEntry;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** Manifests, timeline slots and a clock to drive proof of play by hand. */
final class Slots {
    static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    static final PlayItem WELCOME = new PlayItem("c1/p1/0/en", "c1", "p1", "s1", 10_000,
            new SlideSpec("welcome", "en", Map.of("greeting", "Hi"), List.of()));
    static final PlayItem PROMO = new PlayItem("c1/p1/1/en", "c1", "p1", "s2", 10_000,
            new SlideSpec("welcome", "en", Map.of("greeting", "Sale"), List.of()));
    static final PlayItem CLIP = PlayItem.ofVideo("c2/p2/0/en", "c2", "p2", 10_000, new VideoRef("ab".repeat(32), 320, 240, 10_000));

    private Slots() {
    }

    static Manifest manifest(String version, String displayId) {
        List<ScheduleEntry> entries = List.of(ScheduleEntry.defaultLoop(List.of(WELCOME, PROMO, CLIP)));
        return new Manifest(version, displayId, "Front window", DisplayClass.HD_LANDSCAPE, "store-1", "Europe/Sofia",
                T0, T0, T0.plus(Duration.ofDays(8)), entries, List.of());
    }

    static Play slot(PlayItem item, Instant start) {
        return new Play(start, start.plusMillis(item.durationMs()), "default", Layer.DEFAULT, item);
    }
}
