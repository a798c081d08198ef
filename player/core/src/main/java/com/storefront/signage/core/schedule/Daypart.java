package com.storefront.signage.core.schedule;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Part of the day on some weekdays, in the store's wall-clock time, e.g. Mon-Fri 07:00-10:00.
 * {@code end} 00:00 means midnight at the end of the day; a daypart never crosses midnight
 * (split it in two), so that "Friday 22:00-02:00" cannot be misread.
 */
public record Daypart(List<DayOfWeek> days, LocalTime start, LocalTime end) {
    public static final List<DayOfWeek> EVERY_DAY = List.of(DayOfWeek.values());

    public Daypart {
        days = days == null || days.isEmpty() ? EVERY_DAY : List.copyOf(EnumSet.copyOf(days));
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
    }

    public static Daypart of(Set<DayOfWeek> days, String start, String end) {
        return new Daypart(List.copyOf(days), LocalTime.parse(start), LocalTime.parse(end));
    }

    /** Whether start and end form a span within one day. */
    public boolean wellFormed() {
        return endsAtMidnight() || end.isAfter(start);
    }

    public boolean endsAtMidnight() {
        return end.equals(LocalTime.MIDNIGHT);
    }

    public boolean appliesOn(DayOfWeek day) {
        return days.contains(day);
    }

    /** Whether both apply on some common weekday and their times overlap. */
    public boolean overlaps(Daypart other) {
        if (days.stream().noneMatch(other.days::contains)) {
            return false;
        }
        long s1 = start.toSecondOfDay();
        long e1 = endsAtMidnight() ? 86_400 : end.toSecondOfDay();
        long s2 = other.start.toSecondOfDay();
        long e2 = other.endsAtMidnight() ? 86_400 : other.end.toSecondOfDay();
        return s1 < e2 && s2 < e1;
    }

    @Override
    public String toString() {
        return days + " " + start + "-" + (endsAtMidnight() ? "24:00" : end.toString());
    }
}
