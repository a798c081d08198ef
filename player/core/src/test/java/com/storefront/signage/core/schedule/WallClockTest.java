package com.storefront.signage.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;
import org.junit.jupiter.api.Test;

class WallClockTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId TEHRAN = ZoneId.of("Asia/Tehran");
    private static final ZoneId HAVANA = ZoneId.of("America/Havana");
    private static final ZoneId LORD_HOWE = ZoneId.of("Australia/Lord_Howe");

    @Test
    void aDaypartStartingInTheSpringGapStartsWhenTheClocksJump() {
        List<Interval> span = span("2027-03-28", "03:30", "05:00", SOFIA);

        assertEquals(List.of(interval("2027-03-28T01:00:00Z", "2027-03-28T02:00:00Z")), span);
        assertEquals(Duration.ofHours(1), span.get(0).length());
    }

    @Test
    void aDaypartInsideTheSpringGapIsEmpty() {
        assertEquals(List.of(), span("2027-03-28", "03:00", "03:59", SOFIA));
    }

    @Test
    void aDaypartInTheRepeatedAutumnHourYieldsBothPasses() {
        List<Interval> span = span("2026-10-25", "03:00", "03:30", SOFIA);

        assertEquals(List.of(interval("2026-10-25T00:00:00Z", "2026-10-25T00:30:00Z"),
                interval("2026-10-25T01:00:00Z", "2026-10-25T01:30:00Z")), span);
    }

    @Test
    void anOrdinaryDayGivesOneIntervalAtTheDaysOffset() {
        assertEquals(List.of(interval("2027-03-20T07:00:00Z", "2027-03-20T15:00:00Z")),
                span("2027-03-20", "09:00", "17:00", SOFIA));
    }

    @Test
    void anEndOfMidnightMeansTheMidnightAfter() {
        assertEquals(List.of(interval("2027-03-20T20:00:00Z", "2027-03-20T22:00:00Z")),
                span("2027-03-20", "22:00", "00:00", SOFIA));
    }

    @Test
    void aWholeDayLastsTwentyThreeHoursInSpringAndTwentyFiveInAutumn() {
        assertEquals(Duration.ofHours(23), span("2027-03-28", "00:00", "00:00", SOFIA).get(0).length());
        assertEquals(Duration.ofHours(25), span("2026-10-25", "00:00", "00:00", SOFIA).get(0).length());
    }

    @Test
    void newYorkSpringGapSwallowsTwoToThreeAndShortensASpanAcrossIt() {
        assertEquals(List.of(), span("2027-03-14", "02:00", "03:00", NEW_YORK));
        assertEquals(List.of(interval("2027-03-14T06:30:00Z", "2027-03-14T07:30:00Z")),
                span("2027-03-14", "01:30", "03:30", NEW_YORK));
    }

    @Test
    void newYorkRepeatedHourJoinsIntoOneTwoHourSpanWhenCoveredWhole() {
        assertEquals(List.of(interval("2026-11-01T05:00:00Z", "2026-11-01T07:00:00Z")),
                span("2026-11-01", "01:00", "02:00", NEW_YORK));
        assertEquals(List.of(interval("2026-11-01T05:30:00Z", "2026-11-01T05:45:00Z"),
                interval("2026-11-01T06:30:00Z", "2026-11-01T06:45:00Z")),
                span("2026-11-01", "01:30", "01:45", NEW_YORK));
    }

    @Test
    void tehranIsThreeAndAHalfHoursAheadWithNoDstOnItsFormerChangeDate() {
        assertEquals(List.of(interval("2027-03-22T05:30:00Z", "2027-03-22T13:30:00Z")),
                span("2027-03-22", "09:00", "17:00", TEHRAN));
        assertEquals(Duration.ofHours(24), span("2027-03-22", "00:00", "00:00", TEHRAN).get(0).length());
    }

    @Test
    void havanaSpringChangeAtMidnightMakesTheDayStartAtOne() {
        assertTransitionAtLocalMidnight(HAVANA, LocalDate.parse("2027-03-14"), true);

        assertEquals(List.of(), span("2027-03-14", "00:00", "01:00", HAVANA));
        assertEquals(List.of(interval("2027-03-14T05:00:00Z", "2027-03-14T06:00:00Z")),
                span("2027-03-14", "00:00", "02:00", HAVANA));
        assertEquals(Instant.parse("2027-03-14T05:00:00Z"), WallClock.startOfDay(LocalDate.parse("2027-03-14"), HAVANA));
        // the day before ends at the jump, so a daypart up to midnight is whole
        assertEquals(List.of(interval("2027-03-14T03:00:00Z", "2027-03-14T05:00:00Z")),
                span("2027-03-13", "22:00", "00:00", HAVANA));
    }

    @Test
    void havanaAutumnChangeRepeatsTheFirstHourOfTheDay() {
        assertTransitionAtLocalMidnight(HAVANA, LocalDate.parse("2026-11-01"), false);

        assertEquals(List.of(interval("2026-11-01T04:00:00Z", "2026-11-01T04:30:00Z"),
                interval("2026-11-01T05:00:00Z", "2026-11-01T05:30:00Z")),
                span("2026-11-01", "00:00", "00:30", HAVANA));
        // the day before ends at the first midnight; the repeated hour belongs to the new day
        assertEquals(List.of(interval("2026-11-01T03:00:00Z", "2026-11-01T04:00:00Z")),
                span("2026-10-31", "23:00", "00:00", HAVANA));
        assertEquals(Duration.ofHours(25), span("2026-11-01", "00:00", "00:00", HAVANA).get(0).length());
    }

    @Test
    void lordHoweHalfHourGapSwallowsHalfAnHour() {
        assertEquals(List.of(), span("2026-10-04", "02:00", "02:30", LORD_HOWE));
        assertEquals(List.of(interval("2026-10-03T15:30:00Z", "2026-10-03T16:00:00Z")),
                span("2026-10-04", "02:00", "03:00", LORD_HOWE));
    }

    @Test
    void anEndNotAfterTheStartGivesNothing() {
        assertEquals(List.of(), span("2027-03-20", "10:00", "09:00", SOFIA));
        assertEquals(List.of(), span("2027-03-20", "10:00", "10:00", SOFIA));
    }

    private static void assertTransitionAtLocalMidnight(ZoneId zone, LocalDate date, boolean gap) {
        ZoneOffsetTransition t = zone.getRules().nextTransition(date.minusDays(1).atStartOfDay(zone).toInstant());
        LocalDateTime changeAt = gap ? t.getDateTimeBefore() : t.getDateTimeAfter();
        assertEquals(date.atStartOfDay(), changeAt, zone + " is expected to change its clocks at midnight on " + date);
        assertEquals(gap, t.isGap(), zone + " on " + date + (gap ? " springs forward" : " falls back"));
    }

    private static List<Interval> span(String date, String start, String end, ZoneId zone) {
        return WallClock.span(LocalDate.parse(date), LocalTime.parse(start), LocalTime.parse(end), zone);
    }

    private static Interval interval(String start, String end) {
        return new Interval(Instant.parse(start), Instant.parse(end));
    }
}
