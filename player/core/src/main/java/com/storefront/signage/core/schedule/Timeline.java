package com.storefront.signage.core.schedule;

import com.storefront.signage.core.protocol.PlayItem;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A display's entries and their segments, expanded into the exact sequence of plays. Each local
 * day is expanded from its midnight with fresh rotation state, so what plays at any instant
 * depends only on that day's rules: the server's answer to "what will this display show at 15:00
 * on Friday" is what the player shows then, whichever day either of them started counting.
 *
 * <p>Frequency caps count plays per clock hour of the store (the repeated autumn hour counts as
 * its own hour) and are paced: a campaign capped at N an hour gets its k-th play no earlier than
 * (k-1)/N of the way into the hour, so its plays spread out instead of bunching at the top.
 */
public final class Timeline {
    private static final Duration HOUR = Duration.ofHours(1);

    private final Map<String, ScheduleEntry> entries;
    private final ZoneId zone;
    private final List<Segment> segments;

    public Timeline(List<ScheduleEntry> entries, ZoneId zone, List<Segment> segments) {
        Map<String, ScheduleEntry> byId = new LinkedHashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        this.entries = byId;
        this.zone = zone;
        this.segments = List.copyOf(segments);
    }

    /** Resolves the whole local days that {@code [from, to)} touches, so their plays can be expanded. */
    public static Timeline resolve(List<ScheduleEntry> entries, ZoneId zone, Instant from, Instant to) {
        Instant dayFrom = WallClock.startOfDay(from.atZone(zone).toLocalDate(), zone);
        Instant dayTo = WallClock.startOfDay(to.minusNanos(1).atZone(zone).toLocalDate().plusDays(1), zone);
        return new Timeline(entries, zone, ScheduleResolver.resolve(entries, zone, dayFrom, dayTo));
    }

    public List<Segment> segments() {
        return segments;
    }

    public ZoneId zone() {
        return zone;
    }

    public ScheduleEntry entry(String id) {
        return entries.get(id);
    }

    /** The plays that overlap {@code [from, to)}; expects segments for every local day it touches. */
    public List<Play> plays(Instant from, Instant to) {
        List<Play> out = new ArrayList<>();
        if (!to.isAfter(from)) {
            return out;
        }
        LocalDate last = to.minusNanos(1).atZone(zone).toLocalDate();
        for (LocalDate day = from.atZone(zone).toLocalDate(); !day.isAfter(last); day = day.plusDays(1)) {
            expandDay(day, from, to, out);
        }
        return out;
    }

    /** What is on screen at {@code t}, if anything. */
    public Play playAt(Instant t) {
        List<Play> around = plays(t, t.plusMillis(1));
        return around.isEmpty() ? null : around.get(0);
    }

    private void expandDay(LocalDate day, Instant from, Instant to, List<Play> out) {
        Instant dayStart = WallClock.startOfDay(day, zone);
        Instant dayEnd = WallClock.startOfDay(day.plusDays(1), zone);
        DayState state = new DayState();
        for (Segment segment : segments) {
            if (!segment.end().isAfter(dayStart) || !segment.start().isBefore(dayEnd)) {
                continue;
            }
            Interval span = segment.interval().clip(dayStart, dayEnd);
            if (span.start().isAfter(to)) {
                break;
            }
            expandSegment(segment, span, state, from, to, out);
        }
    }

    private void expandSegment(Segment segment, Interval span, DayState state, Instant from, Instant to, List<Play> out) {
        List<Level> levels = levels(segment);
        Instant t = span.start();
        while (t.isBefore(span.end()) && t.isBefore(to)) {
            ScheduleEntry chosen = null;
            for (Level level : levels) {
                final Instant now = t;
                int i = level.rotation.next(k -> state.allows(level.members.get(k), now));
                if (i >= 0) {
                    chosen = level.members.get(i);
                    break;
                }
            }
            if (chosen == null) {
                // every campaign here is capped and there is no default loop: the screen idles until one may play again
                Instant resume = state.nextAllowance(segment, t);
                if (resume == null || !resume.isAfter(t)) {
                    return;
                }
                t = resume;
                continue;
            }
            PlayItem item = state.nextItem(chosen);
            Instant end = t.plusMillis(item.durationMs());
            if (end.isAfter(span.end())) {
                end = span.end();
            }
            state.count(chosen, t);
            if (end.isAfter(from)) {
                out.add(new Play(t, end, chosen.id(), chosen.layer(), item));
            }
            t = end;
        }
    }

    /** Campaigns compete within a priority level; a lower level (and then the default loop) plays only when caps hold a higher one back. */
    private List<Level> levels(Segment segment) {
        Map<String, List<ScheduleEntry>> grouped = new LinkedHashMap<>();
        for (String id : segment.entryIds()) {
            ScheduleEntry e = entries.get(id);
            if (e == null || e.items().isEmpty()) {
                continue;
            }
            String key = e.layer().id() + "/" + (e.layer() == Layer.CAMPAIGN ? e.priority() : 0);
            grouped.computeIfAbsent(key, k -> new ArrayList<>()).add(e);
        }
        List<Level> levels = new ArrayList<>();
        grouped.values().forEach(members -> levels.add(new Level(members)));
        return levels;
    }

    private static final class Level {
        final List<ScheduleEntry> members;
        final ShareOfVoice rotation;

        Level(List<ScheduleEntry> members) {
            this.members = members;
            this.rotation = new ShareOfVoice(members.stream().mapToLong(ScheduleEntry::weight).toArray());
        }
    }

    /** Rotation positions and hourly play counts; reset at each local midnight. */
    private final class DayState {
        private final Map<String, Integer> positions = new HashMap<>();
        private final Map<String, Integer> hourly = new HashMap<>();

        PlayItem nextItem(ScheduleEntry e) {
            int position = positions.getOrDefault(e.id(), 0);
            positions.put(e.id(), position + 1);
            return e.items().get(position % e.items().size());
        }

        void count(ScheduleEntry e, Instant t) {
            if (e.maxPlaysPerHour() != null) {
                hourly.merge(key(e, hourStart(t)), 1, Integer::sum);
            }
        }

        boolean allows(ScheduleEntry e, Instant t) {
            if (e.maxPlaysPerHour() == null) {
                return true;
            }
            Instant hour = hourStart(t);
            return hourly.getOrDefault(key(e, hour), 0) < allowance(e.maxPlaysPerHour(), hour, t);
        }

        /** The earliest moment after {@code t} when a capped entry of the segment may play again. */
        Instant nextAllowance(Segment segment, Instant t) {
            Instant best = null;
            for (String id : segment.entryIds()) {
                ScheduleEntry e = entries.get(id);
                if (e == null || e.maxPlaysPerHour() == null) {
                    continue;
                }
                int cap = e.maxPlaysPerHour();
                Instant hour = hourStart(t);
                int played = hourly.getOrDefault(key(e, hour), 0);
                Instant nextHour = nextHourStart(t);
                Instant when = played >= cap ? nextHour
                        : min(hour.plusMillis((played * HOUR.toMillis() + cap - 1) / cap), nextHour);
                if (!when.isAfter(t)) {
                    when = t.plusMillis(1);
                }
                if (best == null || when.isBefore(best)) {
                    best = when;
                }
            }
            return best == null ? null : best.isAfter(segment.end()) ? segment.end() : best;
        }

        private Instant hourStart(Instant t) {
            return t.atZone(zone).truncatedTo(ChronoUnit.HOURS).toInstant();
        }

        /**
         * The first instant after {@code t} in another clock hour. Usually an hour after this one began, but a
         * half-hour jump (Lord Howe) reaches the next clock hour after 30 minutes, and a half-hour fall-back makes
         * the clock hour last 90: whichever comes first of the two candidates that really starts a new hour.
         */
        private Instant nextHourStart(Instant t) {
            Instant hour = hourStart(t);
            Instant byInstant = hour.plus(HOUR);
            Instant byClock = t.atZone(zone).toLocalDateTime().truncatedTo(ChronoUnit.HOURS).plusHours(1).atZone(zone).toInstant();
            Instant best = null;
            for (Instant candidate : List.of(byInstant, byClock)) {
                if (candidate.isAfter(t) && !hourStart(candidate).equals(hour) && (best == null || candidate.isBefore(best))) {
                    best = candidate;
                }
            }
            return best == null ? byInstant : best;
        }

        private String key(ScheduleEntry e, Instant hour) {
            return e.id() + "@" + hour.getEpochSecond();
        }
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }

    /** Plays a capped entry may have made by {@code t}: one more every 1/N of the hour, never more than N. */
    static int allowance(int cap, Instant hourStart, Instant t) {
        long elapsed = Math.min(HOUR.toMillis() - 1, Math.max(0, Duration.between(hourStart, t).toMillis()));
        return (int) Math.min(cap, elapsed * cap / HOUR.toMillis() + 1);
    }
}
