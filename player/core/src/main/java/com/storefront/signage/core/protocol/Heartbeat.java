package com.storefront.signage.core.protocol;

import java.util.Objects;

/**
 * What a player reports about itself, periodically and after each sync. {@code battery} is null
 * on mains-powered screens.
 */
public record Heartbeat(String playerVersion, long uptimeSeconds, BatteryReport battery) {
    public Heartbeat {
        Objects.requireNonNull(playerVersion, "playerVersion");
        if (playerVersion.isBlank() || playerVersion.length() > 64) {
            throw new IllegalArgumentException("playerVersion must be 1-64 characters");
        }
        if (uptimeSeconds < 0) {
            throw new IllegalArgumentException("uptimeSeconds must be zero or more");
        }
    }
}
