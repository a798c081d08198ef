package com.storefront.signage.core.schedule;

import static com.storefront.signage.core.schedule.Entries.everyDay;
import static com.storefront.signage.core.schedule.Entries.on;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.template.FieldProblem;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

class ScheduleChecksTest {
    private static final ZoneId SOFIA = ZoneId.of("Europe/Sofia");
    private static final ZoneId DUBAI = ZoneId.of("Asia/Dubai");
    private static final LocalDate MARCH_START = LocalDate.parse("2027-03-01");
    private static final LocalDate MARCH_END = LocalDate.parse("2027-03-31");
    /** Sunday: Sofia's clocks jump from 03:00 to 04:00. */
    private static final LocalDate SPRING_FORWARD = LocalDate.parse("2027-03-28");

    @Test
    void aValidSetHasNoProblems() {
        List<Daypart> dayparts = List.of(everyDay("07:00", "10:00"), everyDay("10:00", "14:00"), everyDay("22:00", "00:00"),
                on(List.of(DayOfWeek.SATURDAY), "14:00", "18:00"));

        assertEquals(List.of(), check(dayparts, List.of(), SOFIA, DUBAI));
    }

    @Test
    void anEndBeforeTheStartIsReportedOnTheEndField() {
        List<FieldProblem> problems = check(List.of(everyDay("07:00", "10:00"), everyDay("22:00", "02:00")), List.of(), SOFIA);

        assertEquals(1, problems.size());
        assertEquals("dayparts[1].end", problems.get(0).field());
    }

    @Test
    void anEndEqualToTheStartIsReportedOnTheEndField() {
        assertEquals(List.of("dayparts[0].end"), fields(check(List.of(everyDay("09:00", "09:00")), List.of(), SOFIA)));
    }

    @Test
    void overlappingDaypartsAreReportedOnTheLaterOne() {
        List<FieldProblem> problems = check(List.of(everyDay("07:00", "10:00"), everyDay("09:00", "12:00")), List.of(), SOFIA);

        assertEquals(List.of("dayparts[1]"), fields(problems));
        assertTrue(problems.get(0).message().contains("dayparts[0]"), problems.get(0).message());
    }

    @Test
    void daypartsOnDifferentWeekdaysMayShareHours() {
        List<Daypart> dayparts = List.of(on(List.of(DayOfWeek.MONDAY), "07:00", "10:00"),
                on(List.of(DayOfWeek.TUESDAY), "09:00", "12:00"));

        assertEquals(List.of(), check(dayparts, List.of(), SOFIA));
    }

    @Test
    void aDaypartThatVanishesOnASpringForwardDayIsReportedNamingTheDateAndZone() {
        List<FieldProblem> problems = check(List.of(everyDay("07:00", "10:00"), everyDay("03:00", "03:30")), List.of(), SOFIA, DUBAI);

        assertEquals(List.of("dayparts[1]"), fields(problems));
        String message = problems.get(0).message();
        assertTrue(message.contains("2027-03-28") && message.contains("Europe/Sofia"), message);
    }

    @Test
    void aDaypartThatOnlyStartsInTheGapIsNotReported() {
        assertEquals(List.of(), check(List.of(everyDay("03:30", "05:00")), List.of(), SOFIA));
    }

    @Test
    void anExceptionOnTheSpringForwardDaySuppressesTheProblem() {
        assertEquals(List.of(), check(List.of(everyDay("03:00", "03:30")), List.of(SPRING_FORWARD), SOFIA));
    }

    @Test
    void aDaypartNotOnTheSpringForwardWeekdayIsNotReported() {
        List<Daypart> weekdays = List.of(on(List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
                DayOfWeek.THURSDAY, DayOfWeek.FRIDAY), "03:00", "03:30"));

        assertEquals(List.of(), check(weekdays, List.of(), SOFIA));
    }

    @Test
    void aZoneWithoutDstNeverReportsAVanishingDaypart() {
        assertEquals(List.of(), check(List.of(everyDay("03:00", "03:30")), List.of(), DUBAI));
    }

    @Test
    void aCampaignEndingBeforeTheChangeIsNotReported() {
        List<FieldProblem> problems = ScheduleChecks.dayparts(List.of(everyDay("03:00", "03:30")), MARCH_START,
                SPRING_FORWARD.minusDays(1), List.of(), List.of(SOFIA));

        assertEquals(List.of(), problems);
    }

    @Test
    void aMidnightChangeSwallowsTheFirstHourOfHavanasDay() {
        List<FieldProblem> problems = check(List.of(everyDay("00:00", "01:00")), List.of(), ZoneId.of("America/Havana"));

        assertEquals(List.of("dayparts[0]"), fields(problems));
        assertTrue(problems.get(0).message().contains("2027-03-14"), problems.get(0).message());
    }

    private static List<FieldProblem> check(List<Daypart> dayparts, List<LocalDate> exceptions, ZoneId... zones) {
        return ScheduleChecks.dayparts(dayparts, MARCH_START, MARCH_END, exceptions, List.of(zones));
    }

    private static List<String> fields(List<FieldProblem> problems) {
        return problems.stream().map(FieldProblem::field).toList();
    }
}
