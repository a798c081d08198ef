package com.storefront.signage.core.schedule;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns a store's wall-clock times into instants, exactly: the result is every instant whose
 * local time on that date falls in {@code [start, end)}. A span that starts in the hour skipped
 * in spring begins when the clocks jump; a span over the hour repeated in autumn yields both
 * passes through it. Nothing is shifted or guessed.
 */
public final class WallClock {
    private WallClock() {
    }

    public static Instant startOfDay(LocalDate date, ZoneId zone) {
        return date.atStartOfDay(zone).toInstant();
    }

    /** The instants of {@code date} in {@code zone} whose wall time is in {@code [start, end)}; end 00:00 means midnight after. */
    public static List<Interval> span(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        LocalDateTime localStart = date.atTime(start);
        LocalDateTime localEnd = end.equals(LocalTime.MIDNIGHT) ? date.plusDays(1).atStartOfDay() : date.atTime(end);
        List<Interval> out = new ArrayList<>();
        if (!localEnd.isAfter(localStart)) {
            return out;
        }
        ZoneRules rules = zone.getRules();
        // pieces of the day with one offset each; within a piece wall time is instant plus offset
        Instant dayStart = startOfDay(date, zone).minusSeconds(86_400);
        Instant dayEnd = startOfDay(date.plusDays(1), zone).plusSeconds(86_400);
        Instant pieceStart = dayStart;
        while (pieceStart.isBefore(dayEnd)) {
            ZoneOffsetTransition next = rules.nextTransition(pieceStart);
            Instant pieceEnd = next == null || next.getInstant().isAfter(dayEnd) ? dayEnd : next.getInstant();
            ZoneOffset offset = rules.getOffset(pieceStart);
            Instant from = localStart.toInstant(offset);
            Instant to = localEnd.toInstant(offset);
            Interval piece = new Interval(from, to).clip(pieceStart, pieceEnd);
            if (!piece.empty()) {
                out.add(piece);
            }
            pieceStart = pieceEnd;
        }
        return Interval.merge(out);
    }

    /** The transition on {@code date} in {@code zone} that makes {@code [start, end)} vanish, if it does. */
    public static ZoneOffsetTransition swallowing(LocalDate date, LocalTime start, LocalTime end, ZoneId zone) {
        if (!span(date, start, end, zone).isEmpty()) {
            return null;
        }
        ZoneOffsetTransition t = zone.getRules().nextTransition(startOfDay(date, zone).minusSeconds(1));
        return t;
    }
}
