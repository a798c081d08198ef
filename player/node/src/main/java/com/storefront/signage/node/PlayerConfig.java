package com.storefront.signage.node;

import com.storefront.signage.core.protocol.DisplayClass;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;

/**
 * How a player is started.
 *
 * @param server      the CMS address, e.g. {@code http://cms.example.com:8080}
 * @param dataDir     device token, last good manifest and media cache; survives restarts
 * @param outputDir   headless output: frames are written here as PNG
 * @param displayClass what this player believes it drives, until an admin says otherwise at pairing
 * @param pollInterval how often it asks for a new manifest
 */
public record PlayerConfig(URI server, Path dataDir, Path outputDir, DisplayClass displayClass, Duration pollInterval) {
    public PlayerConfig {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
    }

    public static PlayerConfig parse(String[] args) {
        URI server = URI.create("http://localhost:8080");
        Path data = Path.of("player-data");
        Path output = Path.of("player-out");
        DisplayClass cls = DisplayClass.HD_LANDSCAPE;
        Duration poll = Duration.ofSeconds(30);
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            switch (args[i]) {
                case "--server" -> server = URI.create(require(args[i], value));
                case "--data" -> data = Path.of(require(args[i], value));
                case "--output" -> output = Path.of(require(args[i], value));
                case "--display-class" -> cls = DisplayClass.of(require(args[i], value));
                case "--poll-seconds" -> poll = Duration.ofSeconds(seconds(require(args[i], value)));
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --server URL --data DIR --output DIR --display-class ID --poll-seconds N");
            }
            i++;
        }
        return new PlayerConfig(server, data, output, cls, poll);
    }

    private static long seconds(String value) {
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--poll-seconds takes a whole number of seconds, not '" + value + "'");
        }
    }

    private static String require(String option, String value) {
        if (value == null || value.startsWith("--")) {
            throw new IllegalArgumentException(option + " needs a value");
        }
        return value;
    }
}
