package com.storefront.signage.server.campaign;

import static com.storefront.signage.server.http.FieldError.require;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Daypart;
import com.storefront.signage.core.schedule.ScheduleChecks;
import com.storefront.signage.core.template.FieldProblem;
import com.storefront.signage.server.http.FieldError;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** A campaign as marketing writes it. Checks that need the stores' time zones happen in the routes. */
public record CampaignInput(String name, UUID playlistId, Map<String, UUID> contentByClass, LocalDate startDate,
                            LocalDate endDate, List<Daypart> dayparts, List<LocalDate> exceptions, Integer priority,
                            Integer weight, Integer maxPlaysPerHour, Targets targets) {
    public CampaignInput {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(playlistId != null, "playlistId", "is required");
        contentByClass = contentByClass == null ? Map.of() : Map.copyOf(contentByClass);
        for (Map.Entry<String, UUID> e : contentByClass.entrySet()) {
            require(Arrays.stream(DisplayClass.values()).anyMatch(c -> c.id().equals(e.getKey())), "contentByClass." + e.getKey(),
                    "is not a display class; use one of " + Arrays.stream(DisplayClass.values()).map(DisplayClass::id).toList());
            require(e.getValue() != null, "contentByClass." + e.getKey(), "needs a playlist id");
        }
        require(startDate != null, "startDate", "is required, e.g. 2026-12-01");
        require(endDate != null, "endDate", "is required, e.g. 2026-12-24");
        require(!endDate.isBefore(startDate), "endDate", "must not be before startDate");
        require(!endDate.isAfter(startDate.plusYears(2)), "endDate", "must be within two years of startDate");
        dayparts = dayparts == null ? List.of() : List.copyOf(dayparts);
        require(dayparts.size() <= 28, "dayparts", "at most 28 dayparts");
        exceptions = exceptions == null ? List.of() : exceptions.stream().distinct().sorted().toList();
        require(exceptions.size() <= 366, "exceptions", "at most 366 exception dates");
        priority = priority == null ? 0 : priority;
        require(priority >= 0 && priority <= 100, "priority", "must be between 0 and 100");
        weight = weight == null ? 1 : weight;
        require(weight >= 1 && weight <= 100, "weight", "must be between 1 and 100");
        require(maxPlaysPerHour == null || (maxPlaysPerHour >= 1 && maxPlaysPerHour <= 720), "maxPlaysPerHour",
                "must be between 1 and 720, or left out for no cap");
        targets = targets == null ? Targets.EVERYWHERE : targets;
        List<FieldProblem> problems = ScheduleChecks.dayparts(dayparts, startDate, endDate, exceptions, List.of());
        if (!problems.isEmpty()) {
            throw new FieldError(problems.get(0).field(), problems.get(0).message());
        }
    }

    /** Every playlist this campaign names. */
    public List<UUID> playlistIds() {
        return java.util.stream.Stream.concat(java.util.stream.Stream.of(playlistId), contentByClass.values().stream())
                .distinct().toList();
    }
}
