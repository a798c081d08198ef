package com.storefront.signage.core.eink;

/**
 * How long a battery lasts: its capacity over the energy of a day, which is sleeping between wakes
 * plus the active work (wakes, transfers, updates). Shared by the player, which reports its
 * forecast in the heartbeat from measured energy, and the server, which warns when a schedule
 * would drain a device faster than allowed.
 *
 * @param capacityMilliwattHours usable battery capacity
 * @param sleepMicrowatts        drawn between wakes
 */
public record BatteryForecast(double capacityMilliwattHours, double sleepMicrowatts) {
    public static final double MILLIJOULES_PER_MILLIWATT_HOUR = 3600.0;
    public static final double SECONDS_PER_DAY = 86_400.0;

    public BatteryForecast {
        if (!(capacityMilliwattHours > 0) || sleepMicrowatts < 0) {
            throw new IllegalArgumentException("capacity must be positive and sleep power non-negative");
        }
    }

    public static BatteryForecast of(double capacityMilliwattHours, PanelProfile profile) {
        return new BatteryForecast(capacityMilliwattHours, profile.sleepMicrowatts());
    }

    public double capacityMillijoules() {
        return capacityMilliwattHours * MILLIJOULES_PER_MILLIWATT_HOUR;
    }

    /** Sleep energy over a whole day; the seconds spent awake are too few to subtract. */
    public double sleepMillijoulesPerDay() {
        return sleepMicrowatts * SECONDS_PER_DAY / 1000.0;
    }

    /** Days the battery lasts when the device spends {@code activeMillijoulesPerDay} on top of sleeping. */
    public double days(double activeMillijoulesPerDay) {
        if (activeMillijoulesPerDay < 0) {
            throw new IllegalArgumentException("daily energy cannot be negative");
        }
        return capacityMillijoules() / (sleepMillijoulesPerDay() + activeMillijoulesPerDay);
    }

    /** Days the battery lasts on {@code pattern}. */
    public double days(PanelProfile profile, DailyUpdatePattern pattern) {
        return days(activeMillijoulesPerDay(profile, pattern));
    }

    /** Active energy of a day from measured counts: wakes, bytes moved, and the summed energy of the updates drawn. */
    public static double activeMillijoulesPerDay(PanelProfile profile, int wakesPerDay, long bytesPerDay,
                                                 double updateMillijoulesPerDay) {
        EnergyModel energy = new EnergyModel(profile);
        return wakesPerDay * energy.wakeMillijoules() + energy.transferMillijoules(bytesPerDay) + updateMillijoulesPerDay;
    }

    /**
     * Active energy of a day on {@code pattern}: every wake, and per update the transfer of its
     * packed pixels and the refresh. A waveform without partial refresh moves and drives the whole panel.
     */
    public static double activeMillijoulesPerDay(PanelProfile profile, DailyUpdatePattern pattern) {
        EnergyModel energy = new EnergyModel(profile);
        WaveformMode mode = profile.mode(pattern.waveform()).orElseThrow(() -> new IllegalArgumentException(
                profile.id() + " has no " + pattern.waveform() + " mode"));
        double fraction = mode.partial() ? pattern.areaFraction() : 1.0;
        long pixels = Math.round(profile.bounds().area() * fraction);
        long bytes = Math.round(energy.packedBytes(profile.bounds()) * fraction);
        double update = energy.transferMillijoules(bytes) + mode.millijoules(pixels);
        return pattern.wakesPerDay() * energy.wakeMillijoules() + pattern.updatesPerDay() * update;
    }
}
