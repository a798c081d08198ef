package com.storefront.signage.core.schedule;

import static com.storefront.signage.core.schedule.Entries.always;
import static com.storefront.signage.core.schedule.Entries.dated;
import static com.storefront.signage.core.schedule.Entries.defaultLoop;
import static com.storefront.signage.core.schedule.Entries.emergency;
import static com.storefront.signage.core.schedule.Entries.everyDay;
import static com.storefront.signage.core.schedule.Entries.on;
import static com.storefront.signage.core.schedule.Entries.override;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class ScheduleResolverTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    /** Wednesday 2027-03-17 in Sofia (UTC+2). */
    private static final LocalDate DAY = LocalDate.parse("2027-03-17");
    private static final Instant FROM = Instant.parse("2027-03-16T22:00:00Z");
    private static final Instant TO = Instant.parse("2027-03-17T22:00:00Z");

    @Test
    void anEmergencyInterruptsACampaignWhichResumesAfterIt() {
        List<Segment> segments = resolve(List.of(always("sale", 0, 1, null, 10),
                emergency("fire", "2027-03-17T08:00:00Z", "2027-03-17T08:30:00Z", 10), defaultLoop(10)));

        assertEquals(List.of(
                segment(FROM, "2027-03-17T08:00:00Z", Layer.CAMPAIGN, "sale", "default"),
                segment("2027-03-17T08:00:00Z", "2027-03-17T08:30:00Z", Layer.EMERGENCY, "fire"),
                segment("2027-03-17T08:30:00Z", TO, Layer.CAMPAIGN, "sale", "default")), segments);
    }

    @Test
    void anOverrideBeatsACampaignButLosesToAnEmergency() {
        List<Segment> segments = resolve(List.of(always("sale", 0, 1, null, 10),
                override("closing", "2027-03-17T08:00:00Z", "2027-03-17T10:00:00Z", 10),
                emergency("fire", "2027-03-17T09:00:00Z", "2027-03-17T09:30:00Z", 10)));

        assertEquals(List.of(
                segment(FROM, "2027-03-17T08:00:00Z", Layer.CAMPAIGN, "sale"),
                segment("2027-03-17T08:00:00Z", "2027-03-17T09:00:00Z", Layer.OVERRIDE, "closing"),
                segment("2027-03-17T09:00:00Z", "2027-03-17T09:30:00Z", Layer.EMERGENCY, "fire"),
                segment("2027-03-17T09:30:00Z", "2027-03-17T10:00:00Z", Layer.OVERRIDE, "closing"),
                segment("2027-03-17T10:00:00Z", TO, Layer.CAMPAIGN, "sale")), segments);
    }

    @Test
    void anOpenEndedEmergencyHoldsTheScreenToTheEndOfTheWindow() {
        List<Segment> segments = resolve(List.of(defaultLoop(10), emergency("fire", "2027-03-17T08:00:00Z", null, 10)));

        assertEquals(segment("2027-03-17T08:00:00Z", TO, Layer.EMERGENCY, "fire"), segments.get(1));
    }

    @Test
    void campaignsAreListedHighestPriorityFirstThenTheDefaultLoop() {
        List<Segment> segments = resolve(List.of(defaultLoop(10), always("low", 0, 5, null, 10),
                always("high", 3, 1, null, 10), always("mid", 1, 1, null, 10)));

        assertEquals(List.of(segment(FROM, TO, Layer.CAMPAIGN, "high", "mid", "low", "default")), segments);
    }

    @Test
    void aCampaignOutsideItsDatesLeavesTheDefaultLoop() {
        List<Segment> segments = resolve(List.of(defaultLoop(10),
                dated("spring", DAY.plusDays(1), DAY.plusDays(10), List.of(), List.of(), 10)));

        assertEquals(List.of(segment(FROM, TO, Layer.DEFAULT, "default")), segments);
    }

    @Test
    void aCampaignOutsideItsDaypartsLeavesTheDefaultLoop() {
        List<Segment> segments = resolve(List.of(defaultLoop(10),
                dated("breakfast", DAY, DAY, List.of(everyDay("07:00", "10:00")), List.of(), 10)));

        assertEquals(List.of(
                segment(FROM, "2027-03-17T05:00:00Z", Layer.DEFAULT, "default"),
                segment("2027-03-17T05:00:00Z", "2027-03-17T08:00:00Z", Layer.CAMPAIGN, "breakfast", "default"),
                segment("2027-03-17T08:00:00Z", TO, Layer.DEFAULT, "default")), segments);
    }

    @Test
    void aCampaignOnADaypartForOtherWeekdaysLeavesTheDefaultLoop() {
        List<Segment> segments = resolve(List.of(defaultLoop(10),
                dated("weekend", DAY, DAY, List.of(on(List.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY), "00:00", "00:00")),
                        List.of(), 10)));

        assertEquals(List.of(segment(FROM, TO, Layer.DEFAULT, "default")), segments);
    }

    @Test
    void aCampaignOnAnExceptionDateLeavesTheDefaultLoop() {
        List<Segment> segments = resolve(List.of(defaultLoop(10),
                dated("spring", DAY.minusDays(3), DAY.plusDays(3), List.of(), List.of(DAY), 10)));

        assertEquals(List.of(segment(FROM, TO, Layer.DEFAULT, "default")), segments);
    }

    @Test
    void theOrderOfTheEntriesDoesNotChangeTheSegments() {
        List<ScheduleEntry> entries = List.of(defaultLoop(10), always("a", 1, 2, null, 10), always("b", 1, 3, 4, 10),
                dated("c", DAY, DAY, List.of(everyDay("09:00", "12:00"), everyDay("15:00", "00:00")), List.of(), 10),
                override("o", "2027-03-17T09:30:00Z", "2027-03-17T11:00:00Z", 10),
                emergency("e1", "2027-03-17T10:00:00Z", "2027-03-17T10:10:00Z", 10),
                emergency("e2", "2027-03-17T10:05:00Z", "2027-03-17T10:20:00Z", 10));
        List<Segment> expected = resolve(entries);
        Random random = new Random(7);

        for (int i = 0; i < 20; i++) {
            List<ScheduleEntry> shuffled = new ArrayList<>(entries);
            Collections.shuffle(shuffled, random);
            assertEquals(expected, resolve(shuffled), "order " + shuffled.stream().map(ScheduleEntry::id).toList());
        }
    }

    @Test
    void entriesWithNoItemsAreIgnored() {
        ScheduleEntry silentEmergency = ScheduleEntry.interruption("silent", Layer.EMERGENCY, "silent",
                Instant.parse("2027-03-17T08:00:00Z"), Instant.parse("2027-03-17T09:00:00Z"), List.of());
        ScheduleEntry silentCampaign = ScheduleEntry.campaign("empty", "empty", 9, 1, null, DAY, DAY, List.of(),
                List.of(), List.of());

        List<Segment> segments = resolve(List.of(defaultLoop(10), silentEmergency, silentCampaign));

        assertEquals(List.of(segment(FROM, TO, Layer.DEFAULT, "default")), segments);
    }

    @Test
    void nothingActiveGivesNoSegments() {
        assertEquals(List.of(), resolve(List.of(dated("later", DAY.plusDays(1), DAY.plusDays(2), List.of(), List.of(), 10))));
    }

    @Test
    void adjacentIdenticalSegmentsAreMerged() {
        List<Segment> segments = resolve(List.of(defaultLoop(10),
                dated("day", DAY, DAY, List.of(everyDay("09:00", "12:00"), everyDay("12:00", "15:00")), List.of(), 10)));

        assertEquals(segment("2027-03-17T07:00:00Z", "2027-03-17T13:00:00Z", Layer.CAMPAIGN, "day", "default"),
                segments.get(1));
        assertEquals(3, segments.size());
    }

    @Test
    void aCampaignOverConsecutiveDaysIsOneSegment() {
        Instant to = TO.plus(java.time.Duration.ofDays(2));
        List<Segment> segments = ScheduleResolver.resolve(List.of(always("sale", 0, 1, null, 10)), SOFIA, FROM, to);

        assertEquals(List.of(segment(FROM, to, Layer.CAMPAIGN, "sale")), segments);
    }

    private static List<Segment> resolve(List<ScheduleEntry> entries) {
        return ScheduleResolver.resolve(entries, SOFIA, FROM, TO);
    }

    private static Segment segment(Object start, Object end, Layer layer, String... ids) {
        return new Segment(instant(start), instant(end), layer, List.of(ids));
    }

    private static Instant instant(Object t) {
        return t instanceof Instant i ? i : Instant.parse((String) t);
    }
}
