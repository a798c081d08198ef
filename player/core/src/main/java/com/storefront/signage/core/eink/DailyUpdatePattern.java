package com.storefront.signage.core.eink;

import java.util.Objects;

/**
 * What a schedule asks of a panel on a typical day: how often it wakes, how many updates it draws,
 * how much of the panel a typical update covers, and with which waveform.
 *
 * @param areaFraction share of the panel one update refreshes and transfers, 0 to 1
 */
public record DailyUpdatePattern(int wakesPerDay, int updatesPerDay, double areaFraction, Waveform waveform) {
    public DailyUpdatePattern {
        Objects.requireNonNull(waveform, "waveform");
        if (wakesPerDay < 0 || updatesPerDay < 0) {
            throw new IllegalArgumentException("wakes and updates per day cannot be negative");
        }
        if (!(areaFraction > 0 && areaFraction <= 1)) {
            throw new IllegalArgumentException("area fraction must be in (0, 1], got " + areaFraction);
        }
    }
}
