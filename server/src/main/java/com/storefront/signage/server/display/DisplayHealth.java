package com.storefront.signage.server.display;

import com.storefront.signage.core.protocol.BatteryReport;

/**
 * A display's last heartbeat: player version, uptime, its battery when it runs on one, free disk,
 * the item on screen, its last successful sync, when the heartbeat came, and how many slides it
 * failed to show over the last 24 hours (details at {@code /displays/{id}/render-errors}).
 */
public record DisplayHealth(String playerVersion, long uptimeSeconds, BatteryReport battery, String batteryReportedAt,
                            Long freeDiskBytes, String currentItemId, String lastSyncAt, String heartbeatAt,
                            long renderErrors24h) {
}
