package com.storefront.signage.core.schedule;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.RandomDistribution;
import net.jqwik.api.Tuple;

/**
 * Random but well-formed schedules around a clock change: 1-6 campaigns (priority 0-3, weight 1-10, an optional
 * cap of 1-20 an hour, non-overlapping dayparts on a 15-minute grid, exception dates, dates around the change),
 * up to two emergencies and two overrides with random spans, sometimes no default loop; items of 1-60 s. The
 * expanded days always include the zone's clock-change day (or the last Sunday of the month where it has none).
 */
final class Scenarios {
    static final List<ZoneId> ZONES = List.of("Europe/Sofia", "Asia/Jerusalem", "Asia/Dubai", "America/New_York",
            "Asia/Tehran", "Australia/Lord_Howe").stream().map(ZoneId::of).toList();

    private Scenarios() {
    }

    static Arbitrary<Scenario> any() {
        return around(change -> campaign(change).list().ofMinSize(1).ofMaxSize(6));
    }

    /**
     * Like {@link #any()}, but 2-6 uncapped campaigns of one priority level run through the expanded days, mostly
     * all day, so that long stretches where they compete by weight alone are common rather than rare.
     */
    static Arbitrary<Scenario> competing() {
        return around(change -> Arbitraries.integers().between(0, 3).flatMap(priority ->
                uncappedAllWeek(change, priority).list().ofMinSize(2).ofMaxSize(6)));
    }

    private static Arbitrary<Scenario> around(Function<LocalDate, Arbitrary<List<ScheduleEntry>>> campaigns) {
        return Combinators.combine(Arbitraries.of(ZONES), Arbitraries.of(true, false))
                .as((zone, autumn) -> Tuple.of(zone, changeDay(zone, autumn)))
                .flatMap(t -> around(t.get1(), t.get2(), campaigns.apply(t.get2())));
    }

    /** The zone's clock change in autumn 2026 or spring 2027, or the last Sunday of October / March for zones without one. */
    static LocalDate changeDay(ZoneId zone, boolean autumn) {
        LocalDate from = autumn ? LocalDate.parse("2026-09-01") : LocalDate.parse("2027-02-01");
        LocalDate until = from.plusMonths(3);
        ZoneOffsetTransition t = zone.getRules().nextTransition(WallClock.startOfDay(from, zone));
        if (t != null && t.getDateTimeBefore().toLocalDate().isBefore(until)) {
            return t.getDateTimeBefore().toLocalDate();
        }
        return autumn ? LocalDate.parse("2026-10-25") : LocalDate.parse("2027-03-28");
    }

    private static Arbitrary<Scenario> around(ZoneId zone, LocalDate change, Arbitrary<List<ScheduleEntry>> campaigns) {
        Instant base = WallClock.startOfDay(change.minusDays(2), zone);
        Arbitrary<List<Long>> defaultItems = Arbitraries.frequencyOf(Tuple.of(3, Arbitraries.just(List.<Long>of())),
                Tuple.of(7, durations(1, 3)));
        // the change day alone, or with the day before or after it
        return Combinators.combine(Arbitraries.of(0, 1), Arbitraries.of(0, 1),
                        campaigns, interruption(Layer.EMERGENCY, base).list().ofMaxSize(2),
                        interruption(Layer.OVERRIDE, base).list().ofMaxSize(2), defaultItems)
                .as((before, after, campaignList, emergencies, overrides, defaults) -> {
                    List<ScheduleEntry> entries = new ArrayList<>();
                    for (int i = 0; i < campaignList.size(); i++) {
                        entries.add(withId(campaignList.get(i), "c" + i));
                    }
                    for (int i = 0; i < emergencies.size(); i++) {
                        entries.add(withId(emergencies.get(i), "e" + i));
                    }
                    for (int i = 0; i < overrides.size(); i++) {
                        entries.add(withId(overrides.get(i), "o" + i));
                    }
                    if (!defaults.isEmpty()) {
                        entries.add(ScheduleEntry.defaultLoop(Scenario.items("default", defaults)));
                    }
                    return new Scenario(zone, change.minusDays(before), change.plusDays(before == 1 ? 0 : after), entries);
                });
    }

    /** A campaign like those in {@link #any()}, dated around the scenario's days; its id is "?". */
    static Arbitrary<ScheduleEntry> campaignAround(Scenario scenario) {
        return campaign(scenario.firstDay().plusDays(1));
    }

    private static Arbitrary<ScheduleEntry> campaign(LocalDate change) {
        Arbitrary<List<Long>> items = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Long>of())),
                Tuple.of(12, durations(1, 3)));
        Arbitrary<LocalDate> nearChange = Arbitraries.integers().between(-4, 4).map(change::plusDays);
        // priority 0 more often than the others, so that campaigns often share a level and compete by weight
        Arbitrary<Integer> priorities = Arbitraries.frequency(Tuple.of(4, 0), Tuple.of(2, 1), Tuple.of(1, 2), Tuple.of(1, 3));
        return Combinators.combine(priorities, Arbitraries.integers().between(1, 10),
                        Arbitraries.integers().between(1, 20).injectNull(0.5), Arbitraries.integers().between(-4, 1),
                        Arbitraries.integers().between(0, 7), dayparts(), nearChange.list().ofMaxSize(2), items)
                .as((priority, weight, cap, startOffset, days, dayparts, exceptions, durations) -> {
                    LocalDate start = change.plusDays(startOffset);
                    return ScheduleEntry.campaign("?", "campaign", priority, weight, cap, start, start.plusDays(days),
                            dayparts, exceptions, Scenario.items("?", durations));
                });
    }

    private static Arbitrary<ScheduleEntry> uncappedAllWeek(LocalDate change, int priority) {
        Arbitrary<List<Daypart>> dayparts = Arbitraries.frequencyOf(Tuple.of(7, Arbitraries.just(List.<Daypart>of())),
                Tuple.of(3, dayparts()));
        return Combinators.combine(Arbitraries.integers().between(1, 10), dayparts, durations(1, 3))
                .as((weight, parts, durations) -> ScheduleEntry.campaign("?", "campaign", priority, weight, null,
                        change.minusDays(3), change.plusDays(3), parts, List.of(), Scenario.items("?", durations)));
    }

    private static Arbitrary<ScheduleEntry> interruption(Layer layer, Instant base) {
        Arbitrary<Integer> length = Arbitraries.integers().between(60, 12 * 3600).injectNull(0.15);
        Arbitrary<List<Long>> items = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(List.<Long>of())),
                Tuple.of(9, durations(1, 2)));
        return Combinators.combine(Arbitraries.integers().between(0, 4 * 86_400), length, items)
                .as((offset, seconds, durations) -> {
                    Instant startsAt = base.plusSeconds(offset);
                    return ScheduleEntry.interruption("?", layer, layer.id(), startsAt,
                            seconds == null ? null : startsAt.plusSeconds(seconds), Scenario.items("?", durations));
                });
    }

    /** Up to three dayparts that never overlap, whatever their weekdays; start and end on a 15-minute grid, end 24:00 allowed. */
    static Arbitrary<List<Daypart>> dayparts() {
        Arbitrary<Set<DayOfWeek>> days = Arbitraries.frequencyOf(Tuple.of(1, Arbitraries.just(EnumSet.allOf(DayOfWeek.class))),
                Tuple.of(1, Arbitraries.subsetOf(DayOfWeek.values()).ofMinSize(1)));
        Arbitrary<Integer> count = Arbitraries.frequency(Tuple.of(3, 0), Tuple.of(3, 1), Tuple.of(2, 2), Tuple.of(2, 3));
        return count.flatMap(n -> n == 0 ? Arbitraries.just(List.<Daypart>of())
                : Combinators.combine(Arbitraries.integers().between(0, 96).set().ofSize(2 * n), days.list().ofSize(n))
                .as((points, weekdays) -> {
                    List<Integer> sorted = points.stream().sorted().toList();
                    List<Daypart> out = new ArrayList<>();
                    for (int i = 0; i < n; i++) {
                        out.add(new Daypart(List.copyOf(weekdays.get(i)), time(sorted.get(2 * i)), time(sorted.get(2 * i + 1))));
                    }
                    return out;
                }));
    }

    private static LocalTime time(int quarter) {
        return quarter == 96 ? LocalTime.MIDNIGHT : LocalTime.of(quarter / 4, quarter % 4 * 15);
    }

    private static Arbitrary<List<Long>> durations(int min, int max) {
        // uniform and without edge cases: a bias towards the 1 s minimum would fill days with 86,400 plays and
        // make each try slow; short items still come up (and TimelineTest covers cutting them at segment ends)
        return Arbitraries.longs().between(1_000, 60_000).withDistribution(RandomDistribution.uniform()).withoutEdgeCases()
                .list().ofMinSize(min).ofMaxSize(max);
    }

    /** The same entry under another id, its items renamed after it. */
    static ScheduleEntry withId(ScheduleEntry e, String id) {
        List<Long> durations = e.items().stream().map(i -> i.durationMs()).toList();
        return new ScheduleEntry(id, e.layer(), e.name(), e.priority(), e.weight(), e.maxPlaysPerHour(), e.startDate(),
                e.endDate(), e.dayparts(), e.exceptions(), e.startsAt(), e.endsAt(), Scenario.items(id, durations));
    }
}
