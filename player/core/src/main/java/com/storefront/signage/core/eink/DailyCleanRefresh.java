package com.storefront.signage.core.eink;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Objects;

/**
 * When a panel gets its once-a-day clean full refresh: at an off-hour in the store's time zone,
 * shifted by a per-panel stagger inside a window, so a store's panels do not all flash (and draw
 * their peak current) at once.
 *
 * <p>On a day the clocks change, the local time is resolved by {@link ZonedDateTime#ofLocal}: a time
 * in the spring gap moves forward by the gap (03:30 that does not exist becomes 04:30), a time in
 * the repeated autumn hour takes its first occurrence, so the refresh still happens exactly once.
 *
 * @param at     local start of the window (03:00 by default)
 * @param window the stagger range; every stagger lies in {@code [0, window)}
 */
public record DailyCleanRefresh(LocalTime at, Duration window) {
    public static final DailyCleanRefresh DEFAULT = new DailyCleanRefresh(LocalTime.of(3, 0), Duration.ofHours(1));

    public DailyCleanRefresh {
        Objects.requireNonNull(at, "at");
        if (window == null || window.isNegative() || window.isZero() || window.compareTo(Duration.ofHours(24)) > 0) {
            throw new IllegalArgumentException("the stagger window must be between zero and a day, got " + window);
        }
    }

    /** Spaces {@code count} panels evenly over the window, by their position among the store's panels. */
    public Duration stagger(int position, int count) {
        if (count <= 0 || position < 0 || position >= count) {
            throw new IllegalArgumentException("position " + position + " is not among " + count + " panels");
        }
        return Duration.ofSeconds(window.toSeconds() * position / count);
    }

    /**
     * A whole-minute stagger from a stable panel key (its display id) when its position is not known.
     * {@link String#hashCode} is fixed by the language specification, so the result is the same on
     * every device and server; the mixing spreads ids that differ only in their last character.
     */
    public Duration stagger(String panelKey) {
        int h = panelKey.hashCode();
        h ^= h >>> 16;
        h *= 0x85ebca6b;
        h ^= h >>> 13;
        h *= 0xc2b2ae35;
        h ^= h >>> 16;
        long minutes = Math.max(1, window.toMinutes());
        return Duration.ofMinutes(Math.floorMod(h, minutes));
    }

    /** The first instant strictly after {@code now} at which the refresh with this stagger is due. */
    public Instant nextDueAfter(Instant now, ZoneId zone, Duration stagger) {
        if (stagger.isNegative() || stagger.compareTo(window) >= 0) {
            throw new IllegalArgumentException("stagger " + stagger + " lies outside the window " + window);
        }
        LocalDate today = now.atZone(zone).toLocalDate();
        // yesterday's slot may still lie ahead when the window crosses midnight
        for (LocalDate day = today.minusDays(1); ; day = day.plusDays(1)) {
            Instant due = dueOn(day, zone, stagger);
            if (due.isAfter(now)) {
                return due;
            }
        }
    }

    public Instant nextDueAfter(Instant now, ZoneId zone, String panelKey) {
        return nextDueAfter(now, zone, stagger(panelKey));
    }

    /** Whether a slot has come since the last clean refresh. */
    public boolean isDue(Instant lastClean, Instant now, ZoneId zone, Duration stagger) {
        return !nextDueAfter(lastClean, zone, stagger).isAfter(now);
    }

    /** The slot on the local {@code day}; the stagger is added in local time so it stays inside the window when it can. */
    public Instant dueOn(LocalDate day, ZoneId zone, Duration stagger) {
        return ZonedDateTime.ofLocal(day.atTime(at).plus(stagger), zone, null).toInstant();
    }
}
