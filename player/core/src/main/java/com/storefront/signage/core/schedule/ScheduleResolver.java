package com.storefront.signage.core.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;

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
        List<ScheduleEntry> playable = entries.stream().filter(e -> !e.items().isEmpty()).sorted(RANK).toList();
        List<List<Interval>> active = new ArrayList<>();
        TreeSet<Instant> cuts = new TreeSet<>();
        cuts.add(from);
        cuts.add(to);
        for (ScheduleEntry e : playable) {
            List<Interval> times = e.activeWithin(from, to, zone);
            active.add(times);
            for (Interval i : times) {
                cuts.add(i.start());
                cuts.add(i.end());
            }
        }
        int[] cursor = new int[playable.size()];
        List<Segment> segments = new ArrayList<>();
        Instant start = null;
        for (Instant end : cuts) {
            if (start != null && end.isAfter(start) && !start.isBefore(from) && !end.isAfter(to)) {
                List<ScheduleEntry> now = new ArrayList<>();
                for (int i = 0; i < playable.size(); i++) {
                    List<Interval> times = active.get(i);
                    while (cursor[i] < times.size() && !times.get(cursor[i]).end().isAfter(start)) {
                        cursor[i]++;
                    }
                    if (cursor[i] < times.size() && times.get(cursor[i]).contains(start)) {
                        now.add(playable.get(i));
                    }
                }
                add(segments, start, end, now);
            }
            start = end;
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
