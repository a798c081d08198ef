package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DailyCleanRefreshTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final DailyCleanRefresh DAILY = DailyCleanRefresh.DEFAULT;

    @Test
    void is_due_at_three_in_the_morning_local_time() {
        // 2027-06-10 12:00 in Sofia (UTC+3 in summer); the next 03:00 local is 00:00 UTC on the 11th
        assertEquals(Instant.parse("2027-06-11T00:00:00Z"), DAILY.nextDueAfter(Instant.parse("2027-06-10T09:00:00Z"), SOFIA, Duration.ZERO));
    }

    @Test
    void is_due_later_today_when_three_has_not_come_yet() {
        assertEquals(Instant.parse("2027-06-10T00:15:00Z"),
                DAILY.nextDueAfter(Instant.parse("2027-06-09T23:00:00Z"), SOFIA, Duration.ofMinutes(15)));
    }

    @Test
    void a_store_s_panels_are_spaced_evenly_over_the_hour() {
        assertEquals(List.of(Duration.ZERO, Duration.ofMinutes(15), Duration.ofMinutes(30), Duration.ofMinutes(45)),
                List.of(DAILY.stagger(0, 4), DAILY.stagger(1, 4), DAILY.stagger(2, 4), DAILY.stagger(3, 4)));
    }

    @Test
    void a_panel_key_gives_the_same_stagger_every_time_and_keys_spread_over_the_window() {
        Set<Duration> seen = new HashSet<>();
        for (int i = 1; i <= 20; i++) {
            Duration s = DAILY.stagger("display-" + i);
            assertEquals(s, DAILY.stagger("display-" + i));
            assertTrue(!s.isNegative() && s.compareTo(Duration.ofHours(1)) < 0, s.toString());
            seen.add(s);
        }
        assertTrue(seen.size() >= 12, "20 panels share only " + seen.size() + " minutes");
    }

    @Test
    void on_the_spring_forward_day_a_slot_in_the_missing_hour_moves_forward_by_the_gap() {
        // Sofia 2027-03-28: clocks jump from 03:00 EET to 04:00 EEST, so 03:25 local never happens
        Instant due = DAILY.nextDueAfter(Instant.parse("2027-03-27T12:00:00Z"), SOFIA, Duration.ofMinutes(25));

        assertEquals(Instant.parse("2027-03-28T01:25:00Z"), due);
        assertEquals(LocalTime.of(4, 25), due.atZone(SOFIA).toLocalTime());
    }

    @Test
    void on_the_autumn_day_the_repeated_hour_gets_the_refresh_only_once() {
        // Sofia 2026-10-25: 03:00-03:59 happens twice; the refresh takes the first pass
        Instant first = DAILY.nextDueAfter(Instant.parse("2026-10-24T12:00:00Z"), SOFIA, Duration.ofMinutes(10));

        assertEquals(Instant.parse("2026-10-25T00:10:00Z"), first);
        assertEquals(Instant.parse("2026-10-26T01:10:00Z"), DAILY.nextDueAfter(first, SOFIA, Duration.ofMinutes(10)));
    }

    @Test
    void in_new_york_a_two_o_clock_slot_lands_after_the_jump_on_spring_forward_day() {
        DailyCleanRefresh atTwo = new DailyCleanRefresh(LocalTime.of(2, 0), Duration.ofMinutes(60));

        // 2027-03-14: 02:00 EST becomes 03:00 EDT; 02:40 is shifted to 03:40 EDT = 07:40 UTC
        assertEquals(Instant.parse("2027-03-14T07:40:00Z"),
                atTwo.nextDueAfter(Instant.parse("2027-03-13T17:00:00Z"), NEW_YORK, Duration.ofMinutes(40)));
        // the day before, 02:40 EST = 07:40 UTC as well; the day after, 02:40 EDT = 06:40 UTC
        assertEquals(Instant.parse("2027-03-15T06:40:00Z"),
                atTwo.nextDueAfter(Instant.parse("2027-03-14T07:40:00Z"), NEW_YORK, Duration.ofMinutes(40)));
    }

    @Test
    void a_refresh_is_due_once_its_slot_has_passed_since_the_last_one() {
        Instant last = Instant.parse("2027-06-10T00:05:00Z");

        assertFalse(DAILY.isDue(last, Instant.parse("2027-06-10T20:00:00Z"), SOFIA, Duration.ofMinutes(5)));
        assertTrue(DAILY.isDue(last, Instant.parse("2027-06-11T00:05:00Z"), SOFIA, Duration.ofMinutes(5)));
    }

    @Test
    void a_window_crossing_midnight_keeps_yesterday_s_late_slot() {
        DailyCleanRefresh late = new DailyCleanRefresh(LocalTime.of(23, 30), Duration.ofHours(1));

        // 00:10 local on the 11th: the 10th's slot is 23:30 + 50 min = 00:20 on the 11th, still ahead
        assertEquals(Instant.parse("2027-06-10T21:20:00Z"),
                late.nextDueAfter(Instant.parse("2027-06-10T21:10:00Z"), SOFIA, Duration.ofMinutes(50)));
    }
}
