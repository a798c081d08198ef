package com.storefront.signage.core.schedule;

import com.storefront.signage.core.protocol.Manifest;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

/**
 * What a manifest plays at any instant. Inside its window the server's timeline is followed as
 * shipped; after it (the player has been offline for a week) the same rules are resolved locally,
 * one store day at a time, with the same code the server uses.
 */
public final class ManifestTimeline {
    private final Manifest manifest;
    private final ZoneId zone;
    private final Timeline shipped;
    private LocalDate resolvedDay;
    private Timeline resolved;

    public ManifestTimeline(Manifest manifest) {
        this.manifest = manifest;
        this.zone = ZoneId.of(manifest.timeZone());
        this.shipped = new Timeline(manifest.entries(), zone, manifest.timeline());
    }

    public Manifest manifest() {
        return manifest;
    }

    /** What is on screen at {@code t}, or null when nothing is scheduled then. */
    public Play playAt(Instant t) {
        return timelineFor(t).playAt(t);
    }

    /** The plays overlapping {@code [from, to)}. */
    public List<Play> plays(Instant from, Instant to) {
        if (covered(from) && !to.isAfter(manifest.validUntil())) {
            return shipped.plays(from, to);
        }
        return Timeline.resolve(manifest.entries(), zone, from, to).plays(from, to);
    }

    /** Whether {@code t} falls in the window the server resolved. */
    public boolean covered(Instant t) {
        return manifest.windowStart() != null && manifest.validUntil() != null
                && !t.isBefore(manifest.windowStart()) && t.isBefore(manifest.validUntil());
    }

    private Timeline timelineFor(Instant t) {
        if (covered(t)) {
            return shipped;
        }
        LocalDate day = t.atZone(zone).toLocalDate();
        if (!day.equals(resolvedDay)) {
            resolved = Timeline.resolve(manifest.entries(), zone, t, t.plusMillis(1));
            resolvedDay = day;
        }
        return resolved;
    }
}
