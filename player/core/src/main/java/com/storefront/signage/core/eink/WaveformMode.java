package com.storefront.signage.core.eink;

import java.util.Objects;

/**
 * One update mode a panel supports, as measured: how long it takes and what it costs. Energy is
 * a fixed part per update (controller and rails waking) plus a part per megapixel refreshed.
 */
public record WaveformMode(Waveform waveform, int millis, double fixedMillijoules, double millijoulesPerMegapixel,
                           boolean partial, boolean clearsGhosting) {
    public WaveformMode {
        Objects.requireNonNull(waveform, "waveform");
        if (millis <= 0 || fixedMillijoules < 0 || millijoulesPerMegapixel < 0) {
            throw new IllegalArgumentException("mode " + waveform + " needs a positive time and non-negative energy");
        }
    }

    /** Energy of one update of {@code area} pixels. */
    public double millijoules(long area) {
        return fixedMillijoules + millijoulesPerMegapixel * area / 1_000_000.0;
    }
}
