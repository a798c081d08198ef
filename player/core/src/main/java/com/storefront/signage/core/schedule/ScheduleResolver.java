package com.storefront.signage.core.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;

/**
 * Resolves a display's entries into segments: who competes for the screen when. Pure and
 * deterministic: the order entries arrive in does not matter, and server and player running it
 * on the same entries get the same segments.
 */
public final class ScheduleResolver {
    /** How entries of one layer line up in a segment: campaigns by priority, interruptions by start. */
    static final Comparator<ScheduleEntry> RANK = Comparator.comparing(ScheduleEntry::layer)
            .thenComparing(Comparator.comparingInt(ScheduleEntry::priority).reversed())
            .thenComparing(e -> e.startsAt() == null ? Instant.MIN : e.startsAt())
            .thenComparing(ScheduleEntry::id);

    private ScheduleResolver() {
    }

    public static List<Segment> resolve(List<ScheduleEntry> entries, ZoneId zone, Instant from, Instant to) {
        return resolve(entries, from, to, e -> e.activeWithin(from, to, zone));
    }

    /**
     * The same, with each entry's active times within {@code [from, to)} supplied by the caller:
     * a fleet shares them between the many displays of one time zone.
     */
    public static List<Segment> resolve(List<ScheduleEntry> entries, Instant from, Instant to,
                                        Function<ScheduleEntry, List<Interval>> activeTimes) {
        List<ScheduleEntry> playable = entries.stream().filter(e -> !e.items().isEmpty()).sorted(RANK).toList();
        int n = playable.size();
        // a sweep over start (+) and end (-) events, with entries numbered in rank order
        List<long[]> events = new ArrayList<>();
        List<Instant> instants = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Interval t : activeTimes.apply(playable.get(i))) {
                Interval c = t.clip(from, to);
                if (!c.empty()) {
                    events.add(new long[] {instants.size(), i, 1});
                    instants.add(c.start());
                    events.add(new long[] {instants.size(), i, -1});
                    instants.add(c.end());
                }
            }
        }
        events.sort((a, b) -> instants.get((int) a[0]).compareTo(instants.get((int) b[0])));
        int[] depth = new int[n];
        List<Segment> segments = new ArrayList<>();
        int e = 0;
        Instant at = from;
        while (at.isBefore(to)) {
            while (e < events.size() && !instants.get((int) events.get(e)[0]).isAfter(at)) {
                depth[(int) events.get(e)[1]] += (int) events.get(e)[2];
                e++;
            }
            Instant next = e < events.size() ? instants.get((int) events.get(e)[0]) : to;
            if (next.isAfter(to)) {
                next = to;
            }
            List<ScheduleEntry> now = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                if (depth[i] > 0) {
                    now.add(playable.get(i));
                }
            }
            add(segments, at, next, now);
            at = next;
        }
        return segments;
    }

    private static void add(List<Segment> segments, Instant start, Instant end, List<ScheduleEntry> active) {
        if (active.isEmpty()) {
            return;
        }
        Layer top = active.get(0).layer();
        List<String> ids = new ArrayList<>();
        for (ScheduleEntry e : active) {
            if (e.layer() == top || (top == Layer.CAMPAIGN && e.layer() == Layer.DEFAULT)) {
                ids.add(e.id());
            }
        }
        if (!segments.isEmpty()) {
            Segment last = segments.get(segments.size() - 1);
            if (last.end().equals(start) && last.layer() == top && last.entryIds().equals(ids)) {
                segments.set(segments.size() - 1, new Segment(last.start(), end, top, ids));
                return;
            }
        }
        segments.add(new Segment(start, end, top, ids));
    }
}
