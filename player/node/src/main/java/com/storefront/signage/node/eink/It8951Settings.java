package com.storefront.signage.node.eink;

import java.time.Duration;
import java.util.Objects;

/**
 * How to drive one IT8951 panel, from the player's configuration.
 *
 * @param vcomMillivolts    the magnitude of VCOM printed on the panel's cable (e.g. 1500 for -1.50 V);
 *                          the wrong value gives washed-out greys
 * @param modes             mode numbers of this panel's waveform file
 * @param fastAlignment     grid for DU and A2 areas when the firmware needs more than the profile
 *                          says (some need 32); 0 means use the profile's
 * @param sleepBetweenUpdates SLEEP (rails and clocks off, slower wake) instead of STANDBY after each update
 * @param displayTimeout    longest a waveform may run before the display engine is declared hung
 */
public record It8951Settings(int vcomMillivolts, It8951Modes modes, int fastAlignment, boolean sleepBetweenUpdates,
                             Duration displayTimeout) {
    public It8951Settings {
        Objects.requireNonNull(modes, "modes");
        if (vcomMillivolts <= 0 || vcomMillivolts > 5000) {
            throw new IllegalArgumentException("VCOM is given as millivolts 1..5000 (the panel's label, without sign), got " + vcomMillivolts);
        }
        if (fastAlignment < 0) {
            throw new IllegalArgumentException("fastAlignment cannot be negative");
        }
        if (displayTimeout == null || displayTimeout.isNegative() || displayTimeout.isZero()) {
            throw new IllegalArgumentException("displayTimeout must be positive");
        }
    }

    public static It8951Settings defaults(int vcomMillivolts) {
        return new It8951Settings(vcomMillivolts, It8951Modes.defaults(), 0, false, Duration.ofSeconds(10));
    }
}
