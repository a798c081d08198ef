package com.storefront.signage.server;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.util.List;

/**
 * Picks, for tests that run on the real clock, a store zone where it is now between two local times
 * and no clock change comes for a while. The zones sit round the globe no more than five hours apart,
 * so any window of six hours or more always has one (and a clock change rules out at most one of them);
 * finding none is a broken test, so it fails rather than skips.
 */
final class ClearZones {
    private static final List<String> ROUND_THE_GLOBE = List.of("Pacific/Honolulu", "America/Los_Angeles", "America/New_York",
            "America/Sao_Paulo", "Europe/London", "Europe/Sofia", "Asia/Dubai", "Asia/Kolkata", "Asia/Tokyo", "Pacific/Auckland");

    private ClearZones() {
    }

    /** A zone whose local time now is after {@code from} and before {@code until}, with no clock change within {@code calm}. */
    static ZoneId now(LocalTime from, LocalTime until, Duration calm) {
        Instant now = Instant.now();
        for (String id : ROUND_THE_GLOBE) {
            ZoneId zone = ZoneId.of(id);
            LocalTime local = now.atZone(zone).toLocalTime();
            ZoneOffsetTransition next = zone.getRules().nextTransition(now);
            boolean noChange = next == null || next.getInstant().isAfter(now.plus(calm));
            if (!local.isBefore(from) && local.isBefore(until) && noChange) {
                return zone;
            }
        }
        throw new IllegalStateException("no zone round the globe is between " + from + " and " + until
                + " without a clock change in the next " + calm + ": the zone list has a gap");
    }
}
