package com.storefront.signage.core.schedule;

import com.storefront.signage.core.protocol.PlayItem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One thing that may take a display's screen, with the rules that say when: a campaign (local
 * dates, dayparts, exception dates, priority, share of voice, frequency cap), an emergency or a
 * store override (an absolute span, open-ended when {@code endsAt} is null), or the default loop
 * (always). Its items are already resolved for the display's class and store languages.
 */
public record ScheduleEntry(
        String id,
        Layer layer,
        String name,
        int priority,
        int weight,
        Integer maxPlaysPerHour,
        LocalDate startDate,
        LocalDate endDate,
        List<Daypart> dayparts,
        List<LocalDate> exceptions,
        Instant startsAt,
        Instant endsAt,
        List<PlayItem> items) {

    private static final Instant EARLIEST = Instant.parse("0001-01-01T00:00:00Z");
    private static final Instant LATEST = Instant.parse("9999-01-01T00:00:00Z");

    public ScheduleEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(layer, "layer");
        if (weight < 1) {
            throw new IllegalArgumentException("weight must be at least 1, was " + weight);
        }
        if (maxPlaysPerHour != null && maxPlaysPerHour < 1) {
            throw new IllegalArgumentException("maxPlaysPerHour must be at least 1, was " + maxPlaysPerHour);
        }
        dayparts = dayparts == null ? List.of() : List.copyOf(dayparts);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
        items = items == null ? List.of() : List.copyOf(items);
        if (layer == Layer.CAMPAIGN && (startDate == null || endDate == null)) {
            throw new IllegalArgumentException("a campaign entry needs startDate and endDate");
        }
        if ((layer == Layer.EMERGENCY || layer == Layer.OVERRIDE) && startsAt == null) {
            throw new IllegalArgumentException("an " + layer.id() + " entry needs startsAt");
        }
    }

    public static ScheduleEntry defaultLoop(List<PlayItem> items) {
        return new ScheduleEntry("default", Layer.DEFAULT, "Default loop", 0, 1, null, null, null, null, null, null, null, items);
    }

    public static ScheduleEntry campaign(String id, String name, int priority, int weight, Integer maxPlaysPerHour,
                                         LocalDate startDate, LocalDate endDate, List<Daypart> dayparts,
                                         List<LocalDate> exceptions, List<PlayItem> items) {
        return new ScheduleEntry(id, Layer.CAMPAIGN, name, priority, weight, maxPlaysPerHour, startDate, endDate,
                dayparts, exceptions, null, null, items);
    }

    public static ScheduleEntry interruption(String id, Layer layer, String name, Instant startsAt, Instant endsAt, List<PlayItem> items) {
        return new ScheduleEntry(id, layer, name, 0, 1, null, null, null, null, null, startsAt, endsAt, items);
    }

    /** When this entry may play within {@code [from, to)}, in the store's zone; sorted and merged. */
    public List<Interval> activeWithin(Instant from, Instant to, ZoneId zone) {
        if (!to.isAfter(from)) {
            return List.of();
        }
        switch (layer) {
            case DEFAULT:
                return List.of(new Interval(from, to));
            case EMERGENCY:
            case OVERRIDE: {
                Interval span = new Interval(startsAt, endsAt == null ? Instant.MAX : endsAt.isBefore(startsAt) ? startsAt : endsAt)
                        .clip(from, to);
                return span.empty() ? List.of() : List.of(span);
            }
            default:
                return campaignTimes(from, to, zone);
        }
    }

    private List<Interval> campaignTimes(Instant from, Instant to, ZoneId zone) {
        // a day of slack either side: the window's dates differ from the store's by at most a day
        // clamped so that open windows (Instant.MIN / MAX) stay within what a date can hold
        LocalDate first = from.isBefore(EARLIEST) ? startDate : max(startDate, from.atZone(zone).toLocalDate().minusDays(1));
        LocalDate last = to.isAfter(LATEST) ? endDate : min(endDate, to.atZone(zone).toLocalDate().plusDays(1));
        List<Interval> out = new ArrayList<>();
        for (LocalDate d = first; !d.isAfter(last); d = d.plusDays(1)) {
            if (exceptions.contains(d)) {
                continue;
            }
            if (dayparts.isEmpty()) {
                out.add(new Interval(WallClock.startOfDay(d, zone), WallClock.startOfDay(d.plusDays(1), zone)));
                continue;
            }
            for (Daypart part : dayparts) {
                if (part.appliesOn(d.getDayOfWeek())) {
                    out.addAll(WallClock.span(d, part.start(), part.end(), zone));
                }
            }
        }
        List<Interval> clipped = new ArrayList<>();
        for (Interval i : Interval.merge(out)) {
            Interval c = i.clip(from, to);
            if (!c.empty()) {
                clipped.add(c);
            }
        }
        return clipped;
    }

    private static LocalDate max(LocalDate a, LocalDate b) {
        return a.isAfter(b) ? a : b;
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
