package com.storefront.signage.core.schedule;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A scenario's plays over its whole days, with what the invariants ask about them, worked out from the entries'
 * rules and the plays alone: when each entry is active, which clock hour an instant is in, and whether a cap
 * holds an entry back at an instant given the plays before it.
 */
final class Expansion {
    private static final long HOUR_MS = Duration.ofHours(1).toMillis();

    final Scenario scenario;
    final Timeline timeline;
    final List<Play> plays;
    private final Map<String, List<Interval>> active = new HashMap<>();
    /** Play starts per entry id and clock hour (epoch second of its start), in time order. */
    private final Map<String, Map<Long, List<Instant>>> startsByHour = new HashMap<>();

    private Expansion(Scenario scenario) {
        this.scenario = scenario;
        this.timeline = Timeline.resolve(scenario.entries(), scenario.zone(), scenario.from(), scenario.to());
        this.plays = timeline.plays(scenario.from(), scenario.to());
        for (ScheduleEntry e : scenario.playable()) {
            active.put(e.id(), e.activeWithin(scenario.from(), scenario.to(), scenario.zone()));
        }
        for (Play p : plays) {
            startsByHour.computeIfAbsent(p.entryId(), k -> new HashMap<>())
                    .computeIfAbsent(hourOf(p.start()).getEpochSecond(), k -> new ArrayList<>()).add(p.start());
        }
    }

    static Expansion of(Scenario scenario) {
        return new Expansion(scenario);
    }

    List<Interval> activeTimes(String id) {
        return active.getOrDefault(id, List.of());
    }

    /** Whether the entry may play at {@code t} by its dates, dayparts and span (caps aside); never for an entry without items. */
    boolean activeAt(ScheduleEntry e, Instant t) {
        for (Interval i : activeTimes(e.id())) {
            if (i.contains(t)) {
                return true;
            }
        }
        return false;
    }

    /** The store clock hour {@code t} is in: zoned time truncated to hours, so a repeated hour is an hour of its own. */
    Instant hourOf(Instant t) {
        return t.atZone(scenario.zone()).truncatedTo(ChronoUnit.HOURS).toInstant();
    }

    /** For each entry, the starts of its plays in each clock hour. */
    Map<String, Map<Long, List<Instant>>> startsByHour() {
        return startsByHour;
    }

    /**
     * Whether a cap keeps the entry off screen at {@code t}: it has had its N plays this clock hour, or its next
     * play would come before (k-1)/N of the hour has passed. Never for an uncapped entry.
     */
    boolean heldBack(ScheduleEntry e, Instant t) {
        if (e.maxPlaysPerHour() == null) {
            return false;
        }
        Instant hour = hourOf(t);
        List<Instant> starts = startsByHour.getOrDefault(e.id(), Map.of()).getOrDefault(hour.getEpochSecond(), List.of());
        int i = Collections.binarySearch(starts, t);
        long played = i >= 0 ? i : -i - 1;
        long elapsed = Duration.between(hour, t).toMillis();
        return played >= e.maxPlaysPerHour() || played * HOUR_MS > elapsed * e.maxPlaysPerHour();
    }
}
