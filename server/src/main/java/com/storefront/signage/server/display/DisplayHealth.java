package com.storefront.signage.server.display;

import com.storefront.signage.core.protocol.BatteryReport;

/** A display's last heartbeat: player version, uptime, and its battery when it runs on one. */
public record DisplayHealth(String playerVersion, long uptimeSeconds, BatteryReport battery, String batteryReportedAt) {
}
