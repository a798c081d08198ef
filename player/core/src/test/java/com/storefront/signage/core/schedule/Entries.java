package com.storefront.signage.core.schedule;

import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.SlideSpec;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Small entries and items for the schedule tests, named so a test reads as its scenario. */
final class Entries {
    static final LocalDate EARLY = LocalDate.parse("2020-01-01");
    static final LocalDate LATE = LocalDate.parse("2030-12-31");

    private Entries() {
    }

    static PlayItem item(String id, long seconds) {
        return new PlayItem(id, null, null, "slide-" + id, seconds * 1000,
                new SlideSpec("welcome", "en", Map.of("greeting", id), List.of()));
    }

    /** {@code count} items {@code prefix1..prefixN} of {@code seconds} each. */
    static List<PlayItem> items(String prefix, int count, long seconds) {
        List<PlayItem> out = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            out.add(item(prefix + i, seconds));
        }
        return out;
    }

    static ScheduleEntry defaultLoop(long seconds) {
        return ScheduleEntry.defaultLoop(items("d", 3, seconds));
    }

    /** A campaign running every day, all day, for years. */
    static ScheduleEntry always(String id, int priority, int weight, Integer cap, long seconds) {
        return ScheduleEntry.campaign(id, id, priority, weight, cap, EARLY, LATE, List.of(), List.of(),
                items(id + "-", 2, seconds));
    }

    static ScheduleEntry dated(String id, LocalDate startDate, LocalDate endDate, List<Daypart> dayparts,
                               List<LocalDate> exceptions, long seconds) {
        return ScheduleEntry.campaign(id, id, 0, 1, null, startDate, endDate, dayparts, exceptions,
                items(id + "-", 2, seconds));
    }

    static ScheduleEntry emergency(String id, String startsAt, String endsAt, long seconds) {
        return ScheduleEntry.interruption(id, Layer.EMERGENCY, id, Instant.parse(startsAt),
                endsAt == null ? null : Instant.parse(endsAt), items(id + "-", 1, seconds));
    }

    static ScheduleEntry override(String id, String startsAt, String endsAt, long seconds) {
        return ScheduleEntry.interruption(id, Layer.OVERRIDE, id, Instant.parse(startsAt),
                endsAt == null ? null : Instant.parse(endsAt), items(id + "-", 1, seconds));
    }

    static Daypart everyDay(String start, String end) {
        return new Daypart(Daypart.EVERY_DAY, LocalTime.parse(start), LocalTime.parse(end));
    }

    static Daypart on(List<DayOfWeek> days, String start, String end) {
        return new Daypart(days, LocalTime.parse(start), LocalTime.parse(end));
    }
}
