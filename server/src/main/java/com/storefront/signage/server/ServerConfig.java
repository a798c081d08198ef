package com.storefront.signage.server;

import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;

/**
 * Everything the server reads from its environment, read once at start-up.
 *
 * @param databaseUrl   {@code postgresql://user:pass@host:port/db}; empty means embedded PostgreSQL under {@code dataDir/pg}
 * @param maxBodyBytes  limit for JSON request bodies
 * @param maxUploadBytes limit for media uploads
 * @param adminEmail    first admin's email, used only when there are no users yet
 * @param adminPassword first admin's password; empty means generate one and print it once
 * @param minBatteryDays battery life below which a schedule gets a warning for a battery e-ink device
 * @param metricsToken  bearer token Prometheus must present at {@code /metrics}; empty leaves it open
 */
public record ServerConfig(
        String host,
        int port,
        Path dataDir,
        Optional<String> databaseUrl,
        long maxBodyBytes,
        long maxUploadBytes,
        String adminEmail,
        Optional<String> adminPassword,
        String publicUrl,
        double minBatteryDays,
        Optional<String> metricsToken) {

    public static ServerConfig fromEnvironment(Map<String, String> env) {
        int port = Integer.parseInt(env.getOrDefault("SIGNAGE_PORT", "8080"));
        String host = env.getOrDefault("SIGNAGE_HOST", "0.0.0.0");
        return new ServerConfig(
                host,
                port,
                Path.of(env.getOrDefault("SIGNAGE_DATA_DIR", "data")),
                Optional.ofNullable(env.get("DATABASE_URL")).filter(s -> !s.isBlank()),
                Long.parseLong(env.getOrDefault("SIGNAGE_MAX_BODY_BYTES", "65536")),
                Long.parseLong(env.getOrDefault("SIGNAGE_MAX_UPLOAD_BYTES", String.valueOf(50L * 1024 * 1024))),
                env.getOrDefault("SIGNAGE_ADMIN_EMAIL", "admin@example.com"),
                Optional.ofNullable(env.get("SIGNAGE_ADMIN_PASSWORD")).filter(s -> !s.isBlank()),
                env.getOrDefault("SIGNAGE_PUBLIC_URL", "http://localhost:" + port),
                days(env.getOrDefault("SIGNAGE_MIN_BATTERY_DAYS", "180")),
                Optional.ofNullable(env.get("SIGNAGE_METRICS_TOKEN")).filter(s -> !s.isBlank()));
    }

    private static double days(String value) {
        try {
            double days = Double.parseDouble(value);
            if (days > 0 && !Double.isInfinite(days)) {
                return days;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("SIGNAGE_MIN_BATTERY_DAYS must be a positive number of days, not '" + value + "'");
    }

    public ServerConfig withPort(int newPort) {
        return new ServerConfig(host, newPort, dataDir, databaseUrl, maxBodyBytes, maxUploadBytes,
                adminEmail, adminPassword, publicUrl, minBatteryDays, metricsToken);
    }
}
