package com.storefront.signage.core.schedule;

import static com.storefront.signage.core.schedule.Entries.always;
import static com.storefront.signage.core.schedule.Entries.dated;
import static com.storefront.signage.core.schedule.Entries.defaultLoop;
import static com.storefront.signage.core.schedule.Entries.emergency;
import static com.storefront.signage.core.schedule.Entries.everyDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    /** 2027-03-17 00:00 in Sofia (UTC+2); 10:00 local is 08:00Z. */
    private static final Instant MIDNIGHT = Instant.parse("2027-03-16T22:00:00Z");
    private static final Instant TEN = Instant.parse("2027-03-17T08:00:00Z");
    private static final Instant ELEVEN = Instant.parse("2027-03-17T09:00:00Z");

    @Test
    void weightsThreeToOneInterleaveWithTheSmallerInEveryFourPlays() {
        List<String> ids = ids(plays(List.of(always("a", 0, 3, null, 10), always("b", 0, 1, null, 10)), MIDNIGHT, TEN));

        assertEquals(List.of("a", "a", "a", "b"), ids.subList(0, 4));
        for (int i = 0; i + 4 <= ids.size(); i++) {
            assertEquals(1, count(ids.subList(i, i + 4), "b"), "plays " + i + ".." + (i + 3));
        }
    }

    @Test
    void aWeightOfOneIsNotStarvedByAWeightOfFifty() {
        List<String> ids = ids(plays(List.of(always("big", 0, 50, null, 10), always("small", 0, 1, null, 10)), MIDNIGHT, TEN));

        assertTrue(ids.subList(0, 51).contains("small"));
        for (int i = 0; i + 51 <= ids.size(); i += 51) {
            assertEquals(1, count(ids.subList(i, i + 51), "small"), "plays " + i + ".." + (i + 50));
        }
    }

    @Test
    void onlyTheHighestPriorityCampaignPlays() {
        List<Play> plays = plays(List.of(defaultLoop(10), always("low", 1, 9, null, 10), always("high", 2, 1, null, 10)),
                MIDNIGHT, MIDNIGHT.plus(Duration.ofDays(1)));

        assertEquals(8640, plays.size());
        assertTrue(plays.stream().allMatch(p -> p.entryId().equals("high")));
    }

    @Test
    void aCampaignCappedAtTwoAnHourPlaysTwiceAndNotBeforeHalfPastTheSecondTime() {
        List<Play> plays = plays(List.of(defaultLoop(10), always("rare", 0, 1, 2, 10)), MIDNIGHT, MIDNIGHT.plus(Duration.ofDays(1)));

        for (Instant hour = MIDNIGHT; hour.isBefore(MIDNIGHT.plus(Duration.ofDays(1))); hour = hour.plus(Duration.ofHours(1))) {
            List<Instant> starts = starts(plays, "rare", hour, hour.plus(Duration.ofHours(1)));
            assertEquals(List.of(hour, hour.plus(Duration.ofMinutes(30))), starts, "hour from " + hour);
        }
    }

    @Test
    void theDefaultLoopFillsWhileCapsHoldTheOnlyCampaignBack() {
        List<Play> plays = plays(List.of(defaultLoop(10), always("rare", 0, 1, 2, 10)), TEN, ELEVEN);

        assertEquals(360, plays.size());
        assertEquals(358, plays.stream().filter(p -> p.entryId().equals("default")).count());
        assertContiguous(plays, TEN, ELEVEN);
    }

    @Test
    void withNoDefaultLoopTheScreenIdlesUntilTheCapAllowsTheNextPlay() {
        Timeline timeline = Timeline.resolve(List.of(always("rare", 0, 1, 2, 10)), SOFIA, TEN, ELEVEN);

        assertEquals(List.of(TEN, TEN.plus(Duration.ofMinutes(30))), timeline.plays(TEN, ELEVEN).stream().map(Play::start).toList());
        assertNull(timeline.playAt(TEN.plus(Duration.ofMinutes(15))));
        assertNotNull(timeline.playAt(TEN.plus(Duration.ofMinutes(30))));
    }

    @Test
    void whenCapsHoldTheTopPriorityBackTheNextLevelPlaysThenTheDefaultLoop() {
        List<Play> plays = plays(List.of(defaultLoop(10), always("high", 2, 1, 1, 10), always("low", 1, 1, 1, 10)), TEN, ELEVEN);

        assertEquals(List.of("high", "low", "default", "default"), ids(plays.subList(0, 4)));
        assertEquals(1, count(ids(plays), "high"));
        assertEquals(1, count(ids(plays), "low"));
    }

    @Test
    void theDefaultLoopResumesAtItsNextItemAfterAnEmergency() {
        Instant alarm = TEN.plusSeconds(5);
        Instant allClear = TEN.plus(Duration.ofMinutes(5));
        List<Play> plays = plays(List.of(defaultLoop(10), emergency("fire", alarm.toString(), allClear.toString(), 60)),
                TEN, TEN.plus(Duration.ofMinutes(6)));

        Play interrupted = plays.get(0);
        assertEquals("d1", interrupted.item().id());
        assertEquals(alarm, interrupted.end());
        Play resumed = plays.stream().filter(p -> p.start().equals(allClear)).findFirst().orElseThrow();
        assertEquals("d2", resumed.item().id());
    }

    @Test
    void aCampaignResumesAfterAnEmergencyEnds() {
        Instant allClear = TEN.plus(Duration.ofMinutes(5));
        Timeline timeline = Timeline.resolve(List.of(defaultLoop(10), always("sale", 0, 1, null, 10),
                emergency("fire", TEN.toString(), allClear.toString(), 60)), SOFIA, TEN, ELEVEN);

        assertEquals("fire", timeline.playAt(TEN.plus(Duration.ofMinutes(4))).entryId());
        assertEquals("sale", timeline.playAt(allClear).entryId());
    }

    @Test
    void theSameDayExpandedFromDifferentStartsPlaysTheSameAtEveryInstant() {
        // the spring-forward day, so that the day is 23 hours long and an hour of the clock is missing
        ZoneId zone = SOFIA;
        Instant dayStart = WallClock.startOfDay(LocalDate.parse("2027-03-28"), zone);
        Instant dayEnd = WallClock.startOfDay(LocalDate.parse("2027-03-29"), zone);
        List<ScheduleEntry> entries = List.of(defaultLoop(7), always("a", 1, 3, null, 11), always("b", 1, 2, 5, 13),
                dated("c", LocalDate.parse("2027-03-28"), LocalDate.parse("2027-03-28"), List.of(everyDay("03:30", "05:00")),
                        List.of(), 17));
        Instant later = dayStart.plus(Duration.ofHours(13)).plusSeconds(17 * 60 + 3);

        List<Play> fromMidnight = Timeline.resolve(entries, zone, dayStart, dayEnd).plays(dayStart, dayEnd);
        Timeline fromLater = Timeline.resolve(entries, zone, later, dayEnd);

        assertEquals(fromMidnight.stream().filter(p -> p.end().isAfter(later)).toList(), fromLater.plays(later, dayEnd));
        for (Instant t = later; t.isBefore(dayEnd); t = t.plusSeconds(997)) {
            Instant at = t;
            Play expected = fromMidnight.stream().filter(p -> p.interval().contains(at)).findFirst().orElse(null);
            assertEquals(expected, Timeline.resolve(entries, zone, at, at.plusMillis(1)).playAt(at), "at " + at);
        }
    }

    @Test
    void playsAreCutWhereTheirSegmentEnds() {
        List<Play> plays = plays(List.of(defaultLoop(10),
                dated("hour", LocalDate.parse("2027-03-17"), LocalDate.parse("2027-03-17"), List.of(everyDay("10:00", "11:00")),
                        List.of(), 7)), TEN, ELEVEN.plusSeconds(60));

        Play last = plays.stream().filter(p -> p.entryId().equals("hour")).reduce((a, b) -> b).orElseThrow();
        assertEquals(ELEVEN.minusSeconds(2), last.start());
        assertEquals(ELEVEN, last.end());
        assertEquals("default", plays.stream().filter(p -> p.start().equals(ELEVEN)).findFirst().orElseThrow().entryId());
        assertContiguous(plays, TEN, ELEVEN.plusSeconds(60));
    }

    @Test
    void afterLordHowesHalfHourJumpACappedCampaignMayPlayAgainAtThree() {
        // 2026-10-04 02:00 +10:30 jumps to 02:30 +11:00 (15:30Z); 03:00 local is 16:00Z
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        Instant from = Instant.parse("2026-10-03T15:00:00Z");
        Instant to = Instant.parse("2026-10-03T17:00:00Z");

        List<Instant> starts = Timeline.resolve(List.of(always("rare", 0, 1, 1, 10)), lordHowe, from, to).plays(from, to)
                .stream().map(Play::start).toList();

        assertEquals(List.of(Instant.parse("2026-10-03T15:30:00Z"),
                Instant.parse("2026-10-03T16:00:00Z")), starts);
    }

    @Test
    void lordHowesRepeatedHalfHourCountsInTheHourItRepeats() {
        // 2027-04-04 02:00 +11:00 falls back to 01:30 +10:30 (15:00Z), so 01:00..02:00 local lasts 90 minutes
        ZoneId lordHowe = ZoneId.of("Australia/Lord_Howe");
        Instant from = Instant.parse("2027-04-03T14:00:00Z");
        Instant to = Instant.parse("2027-04-03T16:00:00Z");

        List<Instant> starts = Timeline.resolve(List.of(always("rare", 0, 1, 1, 10)), lordHowe, from, to).plays(from, to)
                .stream().map(Play::start).toList();

        assertEquals(List.of(Instant.parse("2027-04-03T14:00:00Z"), Instant.parse("2027-04-03T15:30:00Z")), starts);
    }

    private static List<Play> plays(List<ScheduleEntry> entries, Instant from, Instant to) {
        return Timeline.resolve(entries, SOFIA, from, to).plays(from, to);
    }

    private static List<String> ids(List<Play> plays) {
        return plays.stream().map(Play::entryId).toList();
    }

    private static long count(List<String> ids, String id) {
        return ids.stream().filter(id::equals).count();
    }

    private static List<Instant> starts(List<Play> plays, String id, Instant from, Instant to) {
        return plays.stream().filter(p -> p.entryId().equals(id) && !p.start().isBefore(from) && p.start().isBefore(to))
                .map(Play::start).toList();
    }

    private static void assertContiguous(List<Play> plays, Instant from, Instant to) {
        assertEquals(from, plays.get(0).start());
        for (int i = 1; i < plays.size(); i++) {
            assertEquals(plays.get(i - 1).end(), plays.get(i).start(), "gap before play " + i);
        }
        assertEquals(to, plays.get(plays.size() - 1).end());
    }
}
