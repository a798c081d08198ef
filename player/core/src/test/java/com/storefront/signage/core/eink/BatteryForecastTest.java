package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BatteryForecastTest {
    private static final PanelProfile LABEL = PanelProfiles.load(PanelProfiles.BWR_2IN9);
    private static final PanelProfile GRAY = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
    private static final double EPS = 1e-6;

    @Test
    void sleeping_alone_drains_the_sleep_power_over_a_day() {
        // 3 uW x 86,400 s = 259.2 mJ a day
        assertEquals(259.2, BatteryForecast.of(1000, LABEL).sleepMillijoulesPerDay(), EPS);
    }

    @Test
    void days_are_capacity_over_sleep_plus_active_energy() {
        // 1000 mWh x 3600 = 3,600,000 mJ; (259.2 + 740.8) mJ a day = 1000 mJ a day: 3600 days
        assertEquals(3600.0, BatteryForecast.of(1000, LABEL).days(740.8), EPS);
    }

    @Test
    void a_label_updated_twice_a_day_spends_most_of_its_energy_receiving() {
        DailyUpdatePattern pattern = new DailyUpdatePattern(4, 2, 0.1, Waveform.FULL);

        // 4 wakes x 2 mJ + 2 x (369.408 transfer + 9.7888 refresh); a full-only mode moves the whole label
        double active = BatteryForecast.activeMillijoulesPerDay(LABEL, pattern);
        assertEquals(8 + 2 * (369.408 + 9.7888), active, EPS);
        assertEquals(3_600_000 / (259.2 + 766.3936), BatteryForecast.of(1000, LABEL).days(LABEL, pattern), EPS);
    }

    @Test
    void a_partial_pattern_moves_and_refreshes_only_its_share_of_the_panel() {
        DailyUpdatePattern pattern = new DailyUpdatePattern(96, 96, 0.05, Waveform.GL16);
        long pixels = Math.round(1872 * 1404 * 0.05);
        long bytes = Math.round(936 * 1404 * 0.05);

        double expected = 96 * 60 + 96 * (bytes * 0.8 / 1000 + 100 + 400 * pixels / 1e6);
        assertEquals(expected, BatteryForecast.activeMillijoulesPerDay(GRAY, pattern), EPS);
    }

    @Test
    void measured_counts_add_up_to_the_active_energy_of_a_day() {
        // 10 wakes x 60 mJ + 500,000 bytes x 0.8 mJ/kB + 1,234.5 mJ of updates
        assertEquals(600 + 400 + 1234.5, BatteryForecast.activeMillijoulesPerDay(GRAY, 10, 500_000, 1234.5), EPS);
    }

    @Test
    void more_updates_shorten_the_forecast() {
        BatteryForecast battery = BatteryForecast.of(20_000, GRAY);

        assertTrue(battery.days(GRAY, new DailyUpdatePattern(96, 96, 0.05, Waveform.DU))
                > battery.days(GRAY, new DailyUpdatePattern(288, 288, 0.05, Waveform.DU)));
    }
}
