package com.storefront.signage.core.schedule;

import static com.storefront.signage.core.schedule.Entries.always;
import static com.storefront.signage.core.schedule.Entries.defaultLoop;
import static com.storefront.signage.core.schedule.Entries.override;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tuple;
import net.jqwik.api.Tuple.Tuple3;
import org.junit.jupiter.api.Test;

/** Packing keeps segments as they were, and splicing one campaign's change in lands exactly where resolving everything again does. */
class PackedTimelineTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final Instant FROM = Instant.parse("2027-03-16T22:00:00Z");
    private static final Instant TO = Instant.parse("2027-03-17T22:00:00Z");

    @Provide
    Arbitrary<Tuple3<Scenario, Integer, ScheduleEntry>> edits() {
        // which campaign changes (-1: a new one), and its new version (null: it no longer reaches the display)
        return Scenarios.any().flatMap(s -> {
            int campaigns = (int) s.entries().stream().filter(e -> e.layer() == Layer.CAMPAIGN).count();
            return Arbitraries.integers().between(-1, campaigns - 1).flatMap(index ->
                    Scenarios.campaignAround(s).injectNull(0.2).map(replacement -> Tuple.of(s, index, replacement)));
        });
    }

    @Property(tries = 500)
    void aSplicedEditEqualsResolvingAgain(@ForAll("edits") Tuple3<Scenario, Integer, ScheduleEntry> edit) {
        Scenario scenario = edit.get1();
        String id = edit.get2() < 0 ? "new" : "c" + edit.get2();
        ScheduleEntry replacement = edit.get3() == null ? null : Scenarios.withId(edit.get3(), id);
        List<ScheduleEntry> after = new ArrayList<>(scenario.entries());
        after.removeIf(e -> e.id().equals(id));
        if (replacement != null) {
            after.add(replacement);
        }
        Instant from = scenario.from();
        Instant to = scenario.to();
        List<Segment> before = ScheduleResolver.resolve(scenario.entries(), scenario.zone(), from, to);

        PackedTimeline packed = PackedTimeline.of(before, scenario.entries());
        assertEquals(before, packed.segments(), "packed and unpacked");

        PackedTimeline spliced = packed.replace(id, replacement,
                replacement == null ? List.of() : replacement.activeWithin(from, to, scenario.zone()), after, from, to);

        assertEquals(ScheduleResolver.resolve(after, scenario.zone(), from, to), spliced.segments());
    }

    @Test
    void removingTheLastCampaignLeavesTheDefaultLoopAndAnOverrideUntouched() {
        ScheduleEntry sale = always("sale", 0, 1, null, 10);
        ScheduleEntry closing = override("closing", "2027-03-17T08:00:00Z", "2027-03-17T10:00:00Z", 10);
        List<ScheduleEntry> after = List.of(closing, defaultLoop(10));
        List<Segment> before = ScheduleResolver.resolve(List.of(sale, closing, defaultLoop(10)), SOFIA, FROM, TO);

        List<Segment> spliced = PackedTimeline.of(before, List.of(sale, closing, defaultLoop(10)))
                .replace("sale", null, List.of(), after, FROM, TO).segments();

        assertEquals(List.of(
                new Segment(FROM, Instant.parse("2027-03-17T08:00:00Z"), Layer.DEFAULT, List.of("default")),
                new Segment(Instant.parse("2027-03-17T08:00:00Z"), Instant.parse("2027-03-17T10:00:00Z"), Layer.OVERRIDE, List.of("closing")),
                new Segment(Instant.parse("2027-03-17T10:00:00Z"), TO, Layer.DEFAULT, List.of("default"))), spliced);
    }

    @Test
    void refusesSegmentsThatNameEntriesItWasNotGivenOrOutOfRankOrder() {
        ScheduleEntry sale = always("sale", 5, 1, null, 10);
        Segment segment = new Segment(FROM, TO, Layer.CAMPAIGN, List.of("sale", "default"));

        assertThrows(IllegalArgumentException.class, () -> PackedTimeline.of(List.of(segment), List.of(sale)));
        assertThrows(IllegalArgumentException.class, () -> PackedTimeline.of(List.of(new Segment(FROM, TO, Layer.CAMPAIGN,
                List.of("default", "sale"))), List.of(sale, defaultLoop(10))));
    }

    @Test
    void refusesToSpliceAnythingButANewVersionOfTheSameCampaign() {
        ScheduleEntry closing = override("closing", "2027-03-17T08:00:00Z", "2027-03-17T10:00:00Z", 10);

        PackedTimeline empty = PackedTimeline.of(List.of(), List.of(closing));

        assertThrows(IllegalArgumentException.class, () -> empty.replace("closing", closing, List.of(), List.of(closing), FROM, TO));
        assertThrows(IllegalArgumentException.class, () -> empty.replace("sale", always("other", 0, 1, null, 10), List.of(),
                List.of(closing), FROM, TO));
        ScheduleEntry sale = always("sale", 0, 1, null, 10);
        assertThrows(IllegalArgumentException.class, () -> empty.replace("sale", sale, List.of(), List.of(closing), FROM, TO),
                "the replacement missing from the entries");
    }
}
