package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.BatteryForecast;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.protocol.BatteryReport;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;

/**
 * The energy the panel's wakes cost over the last day, and the battery life that predicts. Until
 * the player has run a day, what it spent so far is scaled up to a day (from at least an hour, so
 * the first paint alone does not predict a dead battery). Thread-safe: the playback thread records,
 * the sync thread reports.
 */
final class BatteryMeter {
    private static final Duration DAY = Duration.ofDays(1);
    private static final Duration MIN_SAMPLE = Duration.ofHours(1);

    private final BatteryForecast forecast;
    private final Instant started;
    private final Deque<Instant> at = new ArrayDeque<>();
    private final Deque<Double> millijoules = new ArrayDeque<>();
    private double lastDay;

    BatteryMeter(double capacityMilliwattHours, PanelProfile profile, Instant started) {
        this.forecast = BatteryForecast.of(capacityMilliwattHours, profile);
        this.started = started;
    }

    synchronized void record(Instant when, double wakeMillijoules) {
        at.addLast(when);
        millijoules.addLast(wakeMillijoules);
        lastDay += wakeMillijoules;
        trim(when);
    }

    synchronized BatteryReport report(Instant now) {
        trim(now);
        Duration sampled = Duration.between(started, now);
        if (sampled.compareTo(DAY) > 0) {
            sampled = DAY;
        }
        if (sampled.compareTo(MIN_SAMPLE) < 0) {
            sampled = MIN_SAMPLE;
        }
        double activePerDay = lastDay * DAY.toMillis() / sampled.toMillis();
        return new BatteryReport(forecast.capacityMilliwattHours(), activePerDay + forecast.sleepMillijoulesPerDay(),
                forecast.days(activePerDay));
    }

    private void trim(Instant now) {
        while (!at.isEmpty() && at.peekFirst().isBefore(now.minus(DAY))) {
            at.removeFirst();
            lastDay -= millijoules.removeFirst();
        }
    }
}
