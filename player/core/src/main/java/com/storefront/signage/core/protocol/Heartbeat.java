package com.storefront.signage.core.protocol;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * What a player reports about itself, periodically and after each sync. {@code battery} is null on
 * mains-powered screens. The fields after it were added later and are null from older players:
 * free space in the data directory, the item on screen, the last sync the server answered, the
 * device clock minus the server's, how often this player promises a heartbeat (the server calls it
 * offline after several missed), and the slides it failed to show since its last heartbeat.
 */
public record Heartbeat(String playerVersion, long uptimeSeconds, BatteryReport battery,
                        Long freeDiskBytes, String currentItemId, Instant lastSyncAt, Long clockSkewMs,
                        Integer heartbeatSeconds, List<RenderError> renderErrors) {
    public static final int MAX_RENDER_ERRORS = 50;

    public Heartbeat {
        Objects.requireNonNull(playerVersion, "playerVersion");
        if (playerVersion.isBlank() || playerVersion.length() > 64) {
            throw new IllegalArgumentException("playerVersion must be 1-64 characters");
        }
        if (uptimeSeconds < 0) {
            throw new IllegalArgumentException("uptimeSeconds must be zero or more");
        }
        if (freeDiskBytes != null && freeDiskBytes < 0) {
            throw new IllegalArgumentException("freeDiskBytes must be zero or more");
        }
        if (currentItemId != null && currentItemId.length() > 300) {
            throw new IllegalArgumentException("currentItemId must be at most 300 characters");
        }
        if (heartbeatSeconds != null && (heartbeatSeconds < 10 || heartbeatSeconds > 86_400)) {
            throw new IllegalArgumentException("heartbeatSeconds must be between 10 and 86400");
        }
        renderErrors = renderErrors == null ? List.of() : List.copyOf(renderErrors);
        if (renderErrors.size() > MAX_RENDER_ERRORS) {
            throw new IllegalArgumentException("renderErrors holds at most " + MAX_RENDER_ERRORS + " entries");
        }
    }

    /** The first heartbeat shape: version, uptime and battery only. */
    public Heartbeat(String playerVersion, long uptimeSeconds, BatteryReport battery) {
        this(playerVersion, uptimeSeconds, battery, null, null, null, null, null, List.of());
    }
}
