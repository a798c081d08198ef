package com.storefront.signage.core.protocol;

/**
 * A battery-powered device's battery as it reports it: capacity, the energy its current update
 * pattern costs per day (wakes, bytes moved, refreshes and sleep), and the life that predicts.
 */
public record BatteryReport(double capacityMilliwattHours, double millijoulesPerDay, double predictedDays) {
    public BatteryReport {
        if (!(capacityMilliwattHours > 0) || Double.isInfinite(capacityMilliwattHours)) {
            throw new IllegalArgumentException("battery.capacityMilliwattHours must be a positive number");
        }
        if (!(millijoulesPerDay >= 0) || Double.isInfinite(millijoulesPerDay)) {
            throw new IllegalArgumentException("battery.millijoulesPerDay must be zero or more");
        }
        if (!(predictedDays >= 0) || Double.isInfinite(predictedDays)) {
            throw new IllegalArgumentException("battery.predictedDays must be zero or more");
        }
    }
}
