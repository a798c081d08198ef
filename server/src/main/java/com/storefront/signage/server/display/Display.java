package com.storefront.signage.server.display;

import com.storefront.signage.core.protocol.DisplayClass;
import java.util.List;
import java.util.UUID;

/**
 * A paired screen or e-ink panel in a store; {@code health} is what its player last reported in a
 * heartbeat (null until the first), {@code connectivity} the server's judgement of whether it is in touch.
 */
public record Display(UUID id, UUID storeId, String name, DisplayClass displayClass, Zone zone,
                      List<String> tags, boolean revoked, String lastSeenAt, Long clockSkewMs, DisplayHealth health,
                      Connectivity connectivity) {
    /** A display as the schedule sees it: nothing reported yet. */
    public Display(UUID id, UUID storeId, String name, DisplayClass displayClass, Zone zone,
                   List<String> tags, boolean revoked, String lastSeenAt, Long clockSkewMs) {
        this(id, storeId, name, displayClass, zone, tags, revoked, lastSeenAt, clockSkewMs, null,
                Connectivity.of(revoked, null, null));
    }

    /** The battery capacity the device reported, or null for a mains-powered screen. */
    public Double batteryCapacityMilliwattHours() {
        return health == null || health.battery() == null ? null : health.battery().capacityMilliwattHours();
    }
}
