package com.storefront.signage.core.schedule;

import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.SlideSpec;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/** A display's entries in one store zone, expanded over the whole local days {@code firstDay..lastDay}. */
record Scenario(ZoneId zone, LocalDate firstDay, LocalDate lastDay, List<ScheduleEntry> entries) {
    Instant from() {
        return WallClock.startOfDay(firstDay, zone);
    }

    Instant to() {
        return WallClock.startOfDay(lastDay.plusDays(1), zone);
    }

    ScheduleEntry entry(String id) {
        return entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    /** Entries that can put something on screen; the others are ignored by the resolver. */
    List<ScheduleEntry> playable() {
        return entries.stream().filter(e -> !e.items().isEmpty()).toList();
    }

    @Override
    public String toString() {
        return zone + " " + firstDay + ".." + lastDay + entries.stream().map(Scenario::describe)
                .collect(Collectors.joining("\n  ", "\n  ", ""));
    }

    private static String describe(ScheduleEntry e) {
        String items = e.items().stream().map(i -> String.valueOf(i.durationMs())).collect(Collectors.joining(",", "[", "]ms"));
        switch (e.layer()) {
            case CAMPAIGN:
                return e.id() + " p" + e.priority() + " w" + e.weight() + " cap " + e.maxPlaysPerHour() + " "
                        + e.startDate() + ".." + e.endDate() + " " + e.dayparts() + " except " + e.exceptions() + " " + items;
            case DEFAULT:
                return e.id() + " " + items;
            default:
                return e.id() + " " + e.layer().id() + " " + e.startsAt() + ".." + e.endsAt() + " " + items;
        }
    }

    static List<PlayItem> items(String entryId, List<Long> durationsMs) {
        return IntStream.range(0, durationsMs.size())
                .mapToObj(i -> new PlayItem(entryId + "-" + i, null, null, "slide-" + entryId + "-" + i, durationsMs.get(i),
                        new SlideSpec("welcome", "en", Map.of(), List.of())))
                .toList();
    }
}
