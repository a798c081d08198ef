package com.storefront.signage.core.schedule;

import com.storefront.signage.core.template.FieldProblem;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * Refuses dayparts that cannot mean what their author thinks: an end not after the start, two
 * dayparts covering the same time, or a daypart that vanishes entirely on a DST day in one of the
 * zones the campaign reaches (02:00-02:30 on the spring-forward Sunday). Each problem names the
 * field a form can point at.
 */
public final class ScheduleChecks {
    private ScheduleChecks() {
    }

    public static List<FieldProblem> dayparts(List<Daypart> dayparts, LocalDate startDate, LocalDate endDate,
                                              List<LocalDate> exceptions, Collection<ZoneId> zones) {
        List<FieldProblem> problems = new ArrayList<>();
        for (int i = 0; i < dayparts.size(); i++) {
            Daypart part = dayparts.get(i);
            if (!part.wellFormed()) {
                problems.add(new FieldProblem("dayparts[" + i + "].end", "must be after start " + part.start()
                        + " (00:00 means midnight; split a daypart that crosses midnight in two)"));
            }
        }
        if (!problems.isEmpty()) {
            return problems;
        }
        for (int i = 0; i < dayparts.size(); i++) {
            for (int j = 0; j < i; j++) {
                if (dayparts.get(i).overlaps(dayparts.get(j))) {
                    problems.add(new FieldProblem("dayparts[" + i + "]", "overlaps dayparts[" + j + "] (" + dayparts.get(j) + ")"));
                }
            }
        }
        if (!problems.isEmpty() || startDate == null || endDate == null || endDate.isBefore(startDate)) {
            return problems;
        }
        for (ZoneId zone : zones.stream().distinct().sorted((a, b) -> a.getId().compareTo(b.getId())).toList()) {
            Instant from = WallClock.startOfDay(startDate, zone).minusSeconds(1);
            Instant until = WallClock.startOfDay(endDate.plusDays(1), zone);
            for (ZoneOffsetTransition t = zone.getRules().nextTransition(from);
                 t != null && t.getInstant().isBefore(until); t = zone.getRules().nextTransition(t.getInstant())) {
                if (!t.isGap()) {
                    continue;
                }
                LocalDate day = t.getDateTimeBefore().toLocalDate();
                if (exceptions.contains(day) || day.isBefore(startDate) || day.isAfter(endDate)) {
                    continue;
                }
                for (int i = 0; i < dayparts.size(); i++) {
                    Daypart part = dayparts.get(i);
                    if (part.appliesOn(day.getDayOfWeek()) && WallClock.span(day, part.start(), part.end(), zone).isEmpty()) {
                        problems.add(new FieldProblem("dayparts[" + i + "]", part.start() + "-" + part.end()
                                + " does not exist on " + day + " in " + zone.getId() + ": clocks jump from "
                                + clock(t.getDateTimeBefore()) + " to " + clock(t.getDateTimeAfter())
                                + "; move it, or add " + day + " to exceptions"));
                    }
                }
            }
        }
        return problems;
    }

    private static String clock(LocalDateTime t) {
        return t.toLocalTime().toString();
    }
}
