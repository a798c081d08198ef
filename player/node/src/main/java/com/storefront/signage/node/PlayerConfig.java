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
 * @param panel        for e-ink classes: no panel (PNG frames only), the simulated panel, or an IT8951 on SPI
 * @param batteryMilliwattHours the device's battery, or null on mains power; reported in heartbeats
 * @param vcomMillivolts the IT8951 panel's VCOM as printed on its cable (negative), needed for {@code it8951}
 * @param screen       for HD classes: show frames in a full-screen window instead of writing PNG files
 * @param cacheBudgetBytes media cache size beyond which the least recently needed files are evicted
 *                     (never those the next 7 days need)
 */
public record PlayerConfig(URI server, Path dataDir, Path outputDir, DisplayClass displayClass, Duration pollInterval,
                           Panel panel, Double batteryMilliwattHours, Integer vcomMillivolts, boolean screen,
                           long cacheBudgetBytes) {
    /** 2 GiB: a week of HD video and images for one screen, on the 8-32 GB storage signage players have. */
    public static final long DEFAULT_CACHE_BUDGET_BYTES = 2L * 1024 * 1024 * 1024;

    /** Where an e-ink player's frames go besides the PNG directory. */
    public enum Panel { NONE, SIMULATED, IT8951 }

    public PlayerConfig {
        if (pollInterval.isNegative() || pollInterval.isZero()) {
            throw new IllegalArgumentException("pollInterval must be positive");
        }
        if (panel != Panel.NONE && !displayClass.isEink()) {
            throw new IllegalArgumentException("--panel " + panel.name().toLowerCase() + " needs an e-ink --display-class, not "
                    + displayClass.id());
        }
        if (panel == Panel.IT8951 && vcomMillivolts == null) {
            throw new IllegalArgumentException("--panel it8951 needs --vcom-mv, the VCOM printed on the panel's cable (e.g. -1530)");
        }
        if (screen && displayClass.isEink()) {
            throw new IllegalArgumentException("--screen is for HD display classes; e-ink players drive a --panel");
        }
        if (batteryMilliwattHours != null && !(batteryMilliwattHours > 0 && !batteryMilliwattHours.isInfinite())) {
            throw new IllegalArgumentException("--battery-mwh must be a positive number of milliwatt-hours");
        }
        if (cacheBudgetBytes <= 0) {
            throw new IllegalArgumentException("--cache-mb must be a positive number of megabytes");
        }
    }

    public PlayerConfig(URI server, Path dataDir, Path outputDir, DisplayClass displayClass, Duration pollInterval,
                        Panel panel, Double batteryMilliwattHours, Integer vcomMillivolts, boolean screen) {
        this(server, dataDir, outputDir, displayClass, pollInterval, panel, batteryMilliwattHours, vcomMillivolts, screen,
                DEFAULT_CACHE_BUDGET_BYTES);
    }

    public PlayerConfig(URI server, Path dataDir, Path outputDir, DisplayClass displayClass, Duration pollInterval) {
        this(server, dataDir, outputDir, displayClass, pollInterval, Panel.NONE, null, null, false);
    }

    /** Headless (PNG) output, as before the screen existed. */
    public PlayerConfig(URI server, Path dataDir, Path outputDir, DisplayClass displayClass, Duration pollInterval,
                        Panel panel, Double batteryMilliwattHours, Integer vcomMillivolts) {
        this(server, dataDir, outputDir, displayClass, pollInterval, panel, batteryMilliwattHours, vcomMillivolts, false);
    }

    public static PlayerConfig parse(String[] args) {
        URI server = URI.create("http://localhost:8080");
        Path data = Path.of("player-data");
        Path output = Path.of("player-out");
        DisplayClass cls = DisplayClass.HD_LANDSCAPE;
        Duration poll = Duration.ofSeconds(30);
        Panel panel = Panel.NONE;
        Double battery = null;
        Integer vcom = null;
        boolean screen = false;
        long cacheBudget = DEFAULT_CACHE_BUDGET_BYTES;
        for (int i = 0; i < args.length; i++) {
            String value = i + 1 < args.length ? args[i + 1] : null;
            if (args[i].equals("--screen")) {
                screen = true; // a flag: takes no value
                continue;
            }
            switch (args[i]) {
                case "--server" -> server = URI.create(require(args[i], value));
                case "--data" -> data = Path.of(require(args[i], value));
                case "--output" -> output = Path.of(require(args[i], value));
                case "--display-class" -> cls = DisplayClass.of(require(args[i], value));
                case "--poll-seconds" -> poll = Duration.ofSeconds(seconds(require(args[i], value)));
                case "--panel" -> panel = panel(require(args[i], value));
                case "--battery-mwh" -> battery = number(args[i], require(args[i], value));
                case "--vcom-mv" -> vcom = (int) Math.round(number(args[i], require(args[i], value)));
                case "--cache-mb" -> cacheBudget = Math.round(number(args[i], require(args[i], value)) * 1024 * 1024);
                default -> throw new IllegalArgumentException("unknown option " + args[i]
                        + "; options: --server URL --data DIR --output DIR --display-class ID --poll-seconds N"
                        + " --panel none|simulated|it8951 --battery-mwh N --vcom-mv N --cache-mb N --screen");
            }
            i++;
        }
        return new PlayerConfig(server, data, output, cls, poll, panel, battery, vcom, screen, cacheBudget);
    }

    private static Panel panel(String value) {
        try {
            return Panel.valueOf(value.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("--panel takes none, simulated or it8951, not '" + value + "'");
        }
    }

    private static double number(String option, String value) {
        try {
            return Double.parseDouble(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(option + " takes a number, not '" + value + "'");
        }
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
