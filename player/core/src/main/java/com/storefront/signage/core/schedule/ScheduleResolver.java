package com.storefront.signage.core.schedule;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Resolves a display's entries into segments: who competes for the screen when. Pure and
 * deterministic: the order entries arrive in does not matter, and server and player running it
 * on the same entries get the same segments.
 */
public final class ScheduleResolver {
    /** How entries line up in a segment: by layer, campaigns by priority, interruptions by start. */
    public static final Comparator<ScheduleEntry> RANK = Comparator.comparing(ScheduleEntry::layer)
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
        ScheduleEntry[] playable = entries.stream().filter(e -> !e.items().isEmpty()).sorted(RANK).toArray(ScheduleEntry[]::new);
        int n = playable.length;
        // start (+1) and end (-1) events of entries numbered in rank order; a fleet resolves
        // thousands of displays per edit, so this runs on arrays and builds a list only per segment
        List<Instant> times = new ArrayList<>();
        List<int[]> events = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            for (Interval t : activeTimes.apply(playable[i])) {
                Interval c = t.clip(from, to);
                if (!c.empty()) {
                    times.add(c.start());
                    events.add(new int[] {i, 1});
                    times.add(c.end());
                    events.add(new int[] {i, -1});
                }
            }
        }
        Instant[] instants = times.stream().distinct().sorted().toArray(Instant[]::new);
        // bucket the events by instant: within one instant their order does not matter
        int[] bucketStart = new int[instants.length + 1];
        int[] bucketOf = new int[events.size()];
        for (int k = 0; k < events.size(); k++) {
            bucketOf[k] = Arrays.binarySearch(instants, times.get(k));
            bucketStart[bucketOf[k] + 1]++;
        }
        for (int b = 0; b < instants.length; b++) {
            bucketStart[b + 1] += bucketStart[b];
        }
        int[] fill = Arrays.copyOf(bucketStart, instants.length);
        int[] ordered = new int[events.size()];
        for (int k = 0; k < events.size(); k++) {
            ordered[fill[bucketOf[k]]++] = k;
        }

        int[] depth = new int[n];
        int[] shown = new int[n];
        int[] running = new int[n];
        int runningCount = 0;
        Instant runningStart = null;
        List<Segment> segments = new ArrayList<>();
        // the same competitors recur day after day: their segments share one list
        Map<List<String>, List<String>> lists = new HashMap<>();
        for (int b = 0; b < instants.length; b++) {
            for (int k = bucketStart[b]; k < bucketStart[b + 1]; k++) {
                int[] ev = events.get(ordered[k]);
                depth[ev[0]] += ev[1];
            }
            int count = visible(playable, depth, shown);
            boolean same = count == runningCount && Arrays.equals(shown, 0, count, running, 0, count);
            if (same) {
                continue;
            }
            if (runningCount > 0) {
                segments.add(segment(playable, running, runningCount, runningStart, instants[b], lists));
            }
            System.arraycopy(shown, 0, running, 0, count);
            runningCount = count;
            runningStart = instants[b];
        }
        if (runningCount > 0 && runningStart.isBefore(to)) {
            segments.add(segment(playable, running, runningCount, runningStart, to, lists));
        }
        return segments;
    }

    /**
     * Writes into {@code shown} who competes for the screen: every active entry of the top layer,
     * with the default loop behind the campaigns. Returns how many.
     */
    private static int visible(ScheduleEntry[] playable, int[] depth, int[] shown) {
        int count = 0;
        Layer top = null;
        for (int i = 0; i < playable.length; i++) {
            if (depth[i] <= 0) {
                continue;
            }
            Layer layer = playable[i].layer();
            if (top == null) {
                top = layer;
            }
            if (layer == top || (top == Layer.CAMPAIGN && layer == Layer.DEFAULT)) {
                shown[count++] = i;
            }
        }
        return count;
    }

    private static Segment segment(ScheduleEntry[] playable, int[] shown, int count, Instant start, Instant end,
                                   Map<List<String>, List<String>> lists) {
        String[] ids = new String[count];
        for (int k = 0; k < count; k++) {
            ids[k] = playable[shown[k]].id();
        }
        return new Segment(start, end, playable[shown[0]].layer(), lists.computeIfAbsent(List.of(ids), l -> l));
    }
}
