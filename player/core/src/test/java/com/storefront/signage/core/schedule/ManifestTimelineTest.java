package com.storefront.signage.core.schedule;

import static com.storefront.signage.core.schedule.Entries.dated;
import static com.storefront.signage.core.schedule.Entries.defaultLoop;
import static com.storefront.signage.core.schedule.Entries.everyDay;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ManifestTimelineTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final LocalDate TODAY = LocalDate.parse("2027-03-14");
    private static final Instant WINDOW_START = WallClock.startOfDay(TODAY, SOFIA);
    private static final Instant VALID_UNTIL = WallClock.startOfDay(TODAY.plusDays(7), SOFIA);
    /** A week after the window: the spring-forward day, resolved by the player alone. */
    private static final LocalDate WEEK_AFTER = TODAY.plusDays(14);

    private static final List<ScheduleEntry> ENTRIES = List.of(defaultLoop(10),
            dated("open", Entries.EARLY, Entries.LATE, List.of(everyDay("09:00", "12:00")), List.of(), 15),
            dated("ending", TODAY.minusDays(10), TODAY.plusDays(3), List.of(), List.of(), 20));

    @Test
    void insideTheWindowTheShippedSegmentsAreFollowedAsShipped() {
        // shipped: the default loop only, although the rules would put campaigns on screen
        Manifest manifest = manifest(List.of(new Segment(WINDOW_START, VALID_UNTIL, Layer.DEFAULT, List.of("default"))));
        ManifestTimeline timeline = new ManifestTimeline(manifest);
        Instant tenOClock = at(TODAY.plusDays(1), 10);

        assertEquals("default", timeline.playAt(tenOClock).entryId());
        assertTrue(timeline.plays(tenOClock, tenOClock.plus(Duration.ofHours(1))).stream()
                .allMatch(p -> p.entryId().equals("default")));
    }

    @Test
    void insideTheWindowThePlaysAreThoseOfTheServersTimeline() {
        ManifestTimeline timeline = new ManifestTimeline(manifest(resolvedByServer()));
        Instant from = at(TODAY.plusDays(2), 0);
        Instant to = at(TODAY.plusDays(3), 0);

        assertEquals(Timeline.resolve(ENTRIES, SOFIA, from, to).plays(from, to), timeline.plays(from, to));
        assertEquals("ending", timeline.playAt(at(TODAY.plusDays(2), 15)).entryId());
    }

    @Test
    void aWeekAfterTheWindowTheDefaultLoopAndAnOpenCampaignPlayAsTheRulesSay() {
        ManifestTimeline timeline = new ManifestTimeline(manifest(resolvedByServer()));
        Instant from = WallClock.startOfDay(WEEK_AFTER, SOFIA);
        Instant to = WallClock.startOfDay(WEEK_AFTER.plusDays(1), SOFIA);

        List<Play> plays = timeline.plays(from, to);

        assertEquals(Timeline.resolve(ENTRIES, SOFIA, from, to).plays(from, to), plays);
        assertTrue(plays.stream().anyMatch(p -> p.entryId().equals("open")));
        assertTrue(plays.stream().anyMatch(p -> p.entryId().equals("default")));
        assertEquals("open", timeline.playAt(at(WEEK_AFTER, 10)).entryId());
        assertEquals("default", timeline.playAt(at(WEEK_AFTER, 13)).entryId());
    }

    @Test
    void playAtAfterTheWindowAgreesWithTheRulesAcrossSeveralDays() {
        ManifestTimeline timeline = new ManifestTimeline(manifest(resolvedByServer()));
        Instant from = WallClock.startOfDay(WEEK_AFTER.minusDays(1), SOFIA);
        Instant to = WallClock.startOfDay(WEEK_AFTER.plusDays(2), SOFIA);

        List<Play> expected = Timeline.resolve(ENTRIES, SOFIA, from, to).plays(from, to);

        for (Instant t = from; t.isBefore(to); t = t.plusSeconds(7 * 60 + 3)) {
            Instant at = t;
            Play onScreen = expected.stream().filter(p -> p.interval().contains(at)).findFirst().orElse(null);
            assertEquals(onScreen, timeline.playAt(t), "at " + t);
        }
    }

    @Test
    void aCampaignWhoseEndDateHasPassedNoLongerPlaysAfterTheWindow() {
        ManifestTimeline timeline = new ManifestTimeline(manifest(resolvedByServer()));

        assertTrue(timeline.plays(WINDOW_START, VALID_UNTIL).stream().anyMatch(p -> p.entryId().equals("ending")));
        Instant to = VALID_UNTIL.plus(Duration.ofDays(10));
        assertFalse(timeline.plays(VALID_UNTIL, to).stream().anyMatch(p -> p.entryId().equals("ending")));
    }

    @Test
    void theWindowCoversFromItsStartUpToButNotIncludingValidUntil() {
        ManifestTimeline timeline = new ManifestTimeline(manifest(resolvedByServer()));

        assertTrue(timeline.covered(WINDOW_START));
        assertTrue(timeline.covered(VALID_UNTIL.minusMillis(1)));
        assertFalse(timeline.covered(VALID_UNTIL));
        assertFalse(timeline.covered(WINDOW_START.minusMillis(1)));
    }

    private static List<Segment> resolvedByServer() {
        return ScheduleResolver.resolve(ENTRIES, SOFIA, WINDOW_START, VALID_UNTIL);
    }

    private static Manifest manifest(List<Segment> timeline) {
        return new Manifest("v1", "d1", "Till", DisplayClass.HD_LANDSCAPE, "s1", SOFIA.getId(), WINDOW_START,
                WINDOW_START, VALID_UNTIL, ENTRIES, timeline);
    }

    private static Instant at(LocalDate date, int hour) {
        return date.atTime(hour, 0).atZone(SOFIA).toInstant();
    }
}
