package com.storefront.signage.core.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BiConsumer;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.constraints.IntRange;

/** The scheduling invariants, over random schedules in zones with and without clock changes, on the change days. */
class SchedulePropertiesTest {
    private static final Duration HOUR = Duration.ofHours(1);

    @Provide
    Arbitrary<Scenario> scenarios() {
        return Scenarios.any();
    }

    @Provide
    Arbitrary<Scenario> mostlyCompeting() {
        return Arbitraries.frequencyOf(Tuple.of(1, Scenarios.any()), Tuple.of(3, Scenarios.competing()));
    }

    @Property(tries = 200)
    void nothingPlaysOutsideItsDatesAndDayparts(@ForAll("scenarios") Scenario scenario) {
        Expansion x = Expansion.of(scenario);
        for (Play p : x.plays) {
            ScheduleEntry e = scenario.entry(p.entryId());
            assertTrue(x.activeTimes(e.id()).stream().anyMatch(i -> !p.start().isBefore(i.start()) && !p.end().isAfter(i.end())),
                    () -> p + " lies outside " + e.id() + "'s times " + x.activeTimes(e.id()));
            if (e.layer() != Layer.CAMPAIGN) {
                continue;
            }
            // independently of activeWithin: the wall clock at the play's first and last instant is allowed
            for (Instant t : List.of(p.start(), p.end().minusMillis(1))) {
                ZonedDateTime local = t.atZone(scenario.zone());
                LocalDate date = local.toLocalDate();
                assertTrue(!date.isBefore(e.startDate()) && !date.isAfter(e.endDate()), () -> p + " outside dates of " + e.id());
                assertTrue(!e.exceptions().contains(date), () -> p + " on exception date " + date);
                assertTrue(e.dayparts().isEmpty() || e.dayparts().stream().anyMatch(d -> d.appliesOn(date.getDayOfWeek())
                        && inside(d, local.toLocalTime())), () -> p + " at " + local + " outside dayparts " + e.dayparts());
            }
        }
    }

    @Property(tries = 200)
    void playsAreInTimeOrderNeverOverlapAndStayInsideTheirSegmentAndDay(@ForAll("scenarios") Scenario scenario) {
        Expansion x = Expansion.of(scenario);
        List<Segment> segments = x.timeline.segments();
        int segment = 0;
        Play previous = null;
        for (Play p : x.plays) {
            assertTrue(p.end().isAfter(p.start()), () -> "empty play " + p);
            if (previous != null) {
                Play before = previous;
                assertTrue(!p.start().isBefore(before.end()), () -> p + " overlaps or precedes " + before);
            }
            while (!segments.get(segment).end().isAfter(p.start())) {
                segment++;
            }
            Segment s = segments.get(segment);
            assertTrue(s.entryIds().contains(p.entryId()) && !p.start().isBefore(s.start()) && !p.end().isAfter(s.end()),
                    () -> p + " is not inside a segment of its entry: " + s);
            assertEquals(p.start().atZone(scenario.zone()).toLocalDate(), p.end().minusMillis(1).atZone(scenario.zone()).toLocalDate(),
                    () -> p + " crosses local midnight");
            previous = p;
        }
        assertTrue(x.plays.isEmpty() || !x.plays.get(0).start().isBefore(scenario.from()));
        assertTrue(x.plays.isEmpty() || !x.plays.get(x.plays.size() - 1).end().isAfter(scenario.to()));
    }

    @Property(tries = 200)
    void aHigherLayerAlwaysWins(@ForAll("scenarios") Scenario scenario) {
        Expansion x = Expansion.of(scenario);
        for (Play p : x.plays) {
            ScheduleEntry played = scenario.entry(p.entryId());
            for (ScheduleEntry other : scenario.playable()) {
                boolean outranks = other.layer().above(played.layer()) || (other.layer() == Layer.CAMPAIGN
                        && played.layer() == Layer.CAMPAIGN && other.priority() > played.priority());
                if (!outranks || !x.activeAt(other, p.start())) {
                    continue;
                }
                // the only way below an active entry is a campaign's frequency cap holding it back;
                // nothing ever plays below an active emergency or override
                assertTrue(other.layer() == Layer.CAMPAIGN && x.heldBack(other, p.start()),
                        () -> p + " plays while " + other.id() + " (" + other.layer().id() + ", priority " + other.priority()
                                + ", cap " + other.maxPlaysPerHour() + ") is active and not held back");
            }
        }
    }

    @Property(tries = 200)
    void overTheFirstHourOfASegmentPlaysFollowTheWeightsWithinOnePlay(@ForAll("mostlyCompeting") Scenario scenario) {
        Expansion x = Expansion.of(scenario);
        forEachSegmentDay(x, (segment, span) -> {
            List<ScheduleEntry> top = topLevel(scenario, segment);
            if (segment.layer() != Layer.CAMPAIGN || span.length().compareTo(HOUR) < 0 || top.isEmpty()
                    || top.stream().anyMatch(e -> e.maxPlaysPerHour() != null)) {
                return;
            }
            // rotation starts afresh with each segment and each local day, so this hour is the first of one rotation;
            // every play starting in it is a whole pick of that rotation (a play cut at the hour's edge still counts
            // once), so no truncation slack is needed and the bound stays strictly below one play
            Instant hourEnd = span.start().plus(HOUR);
            List<Play> inHour = x.plays.stream().filter(p -> !p.start().isBefore(span.start()) && p.start().isBefore(hourEnd)).toList();
            long total = inHour.size();
            long sumWeights = top.stream().mapToLong(ScheduleEntry::weight).sum();
            for (Play p : inHour) {
                assertTrue(top.stream().anyMatch(e -> e.id().equals(p.entryId())), () -> p + " is not of the top priority level " + top);
            }
            for (ScheduleEntry e : top) {
                long count = inHour.stream().filter(p -> p.entryId().equals(e.id())).count();
                // |count - total * weight / sumWeights| < 1, in integers
                assertTrue(Math.abs(count * sumWeights - total * e.weight()) < sumWeights, () -> e.id() + " played " + count
                        + " of " + total + " from " + span.start() + " with weight " + e.weight() + " of " + sumWeights);
            }
        });
    }

    @Property(tries = 200)
    void frequencyCapsAreNeverExceededAndPlaysArePacedOverTheHour(@ForAll("scenarios") Scenario scenario) {
        Expansion x = Expansion.of(scenario);
        x.startsByHour().forEach((id, hours) -> {
            Integer cap = scenario.entry(id).maxPlaysPerHour();
            if (cap == null) {
                return;
            }
            hours.forEach((hour, starts) -> {
                assertTrue(starts.size() <= cap, () -> id + " has " + starts.size() + " plays in the hour from "
                        + Instant.ofEpochSecond(hour) + ", cap " + cap + ": " + starts);
                // the k-th play no earlier than (k-1)/N of the way into the hour
                for (int k = 1; k <= starts.size(); k++) {
                    Instant earliest = Instant.ofEpochSecond(hour).plusMillis(HOUR.toMillis() * (k - 1) / cap);
                    int play = k;
                    assertTrue(!starts.get(k - 1).isBefore(earliest), () -> id + "'s play " + play + " of " + cap
                            + " an hour starts at " + starts.get(play - 1) + ", before " + earliest);
                }
            });
        });
    }

    @Property(tries = 200)
    void theScreenIdlesOnlyWhileCapsHoldEveryCampaignBack(@ForAll("scenarios") Scenario scenario) {
        Expansion x = Expansion.of(scenario);
        forEachSegmentDay(x, (segment, span) -> {
            Instant t = span.start();
            List<Interval> idle = new ArrayList<>();
            for (Play p : x.plays) {
                if (!p.end().isAfter(span.start()) || !p.start().isBefore(span.end())) {
                    continue;
                }
                if (p.start().isAfter(t)) {
                    idle.add(new Interval(t, p.start()));
                }
                t = p.end();
            }
            if (t.isBefore(span.end())) {
                idle.add(new Interval(t, span.end()));
            }
            for (Interval gap : idle) {
                for (String id : segment.entryIds()) {
                    ScheduleEntry e = scenario.entry(id);
                    for (Instant at : List.of(gap.start(), gap.end().minusMillis(1))) {
                        assertTrue(x.heldBack(e, at), () -> "the screen is empty " + gap + " in " + segment
                                + " though " + id + " may play at " + at);
                    }
                }
            }
        });
    }

    @Property(tries = 200)
    void expansionIsDeterministicWhateverTheEntryOrderOrTheStartOfTheWindow(@ForAll("scenarios") Scenario scenario,
            @ForAll long seed, @ForAll @IntRange(min = 1, max = 999) int permille) {
        Instant from = scenario.from();
        Instant to = scenario.to();
        List<Play> plays = Timeline.resolve(scenario.entries(), scenario.zone(), from, to).plays(from, to);
        List<ScheduleEntry> shuffled = new ArrayList<>(scenario.entries());
        Collections.shuffle(shuffled, new Random(seed));

        assertEquals(plays, Timeline.resolve(scenario.entries(), scenario.zone(), from, to).plays(from, to), "same inputs twice");
        assertEquals(plays, Timeline.resolve(shuffled, scenario.zone(), from, to).plays(from, to), "entries shuffled");
        Instant later = from.plusMillis(Duration.between(from, to).toMillis() * permille / 1000);
        assertEquals(plays.stream().filter(p -> p.end().isAfter(later)).toList(),
                Timeline.resolve(shuffled, scenario.zone(), later, to).plays(later, to), () -> "expanded from " + later);
    }

    /** Every segment, cut into its local days: the stretches each expanded with fresh rotation state. */
    private static void forEachSegmentDay(Expansion x, BiConsumer<Segment, Interval> check) {
        Scenario s = x.scenario;
        for (LocalDate day = s.firstDay(); !day.isAfter(s.lastDay()); day = day.plusDays(1)) {
            Instant dayStart = WallClock.startOfDay(day, s.zone());
            Instant dayEnd = WallClock.startOfDay(day.plusDays(1), s.zone());
            for (Segment segment : x.timeline.segments()) {
                Interval span = segment.interval().clip(dayStart, dayEnd);
                if (!span.empty()) {
                    check.accept(segment, span);
                }
            }
        }
    }

    /** The campaigns of the segment's highest priority. */
    private static List<ScheduleEntry> topLevel(Scenario scenario, Segment segment) {
        List<ScheduleEntry> campaigns = segment.entryIds().stream().map(scenario::entry)
                .filter(e -> e.layer() == Layer.CAMPAIGN).toList();
        int top = campaigns.stream().mapToInt(ScheduleEntry::priority).max().orElse(-1);
        return campaigns.stream().filter(e -> e.priority() == top).toList();
    }

    private static boolean inside(Daypart d, LocalTime time) {
        return !time.isBefore(d.start()) && (d.endsAtMidnight() || time.isBefore(d.end()));
    }
}
