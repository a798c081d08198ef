package com.storefront.signage.core.protocol;

import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.Segment;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * What a display plays: the rules ({@code entries}: every campaign, interruption and default loop
 * that reaches it, with its items) and the timeline the server resolved from them for
 * {@code [windowStart, validUntil)}, at least the next seven days. After the window the player
 * resolves the same rules itself, so it keeps playing correctly with no network. {@code version}
 * is a hash of everything but {@code generatedAt}, so an unchanged schedule keeps its version and
 * the player gets a 304.
 */
public record Manifest(
        String version,
        String displayId,
        String displayName,
        DisplayClass displayClass,
        String storeId,
        String timeZone,
        Instant generatedAt,
        Instant windowStart,
        Instant validUntil,
        List<ScheduleEntry> entries,
        List<Segment> timeline) {

    public Manifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(displayClass, "displayClass");
        Objects.requireNonNull(timeZone, "timeZone");
        entries = List.copyOf(entries);
        timeline = List.copyOf(timeline);
    }

    /** Every media hash the entries need, so a player can fetch them all before switching. */
    public List<String> mediaNeeded() {
        return entries.stream().flatMap(e -> e.items().stream())
                .flatMap(i -> i.showsVideo() ? Stream.of(i.video().sha256()) : i.slide().media().stream())
                .distinct().sorted().toList();
    }

    /** Whether anything could ever play. */
    public boolean hasItems() {
        return entries.stream().anyMatch(e -> !e.items().isEmpty());
    }
}
