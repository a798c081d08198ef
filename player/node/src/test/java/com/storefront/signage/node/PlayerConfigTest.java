package com.storefront.signage.node;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class PlayerConfigTest {
    @Test
    void noArgumentsGiveTheDefaults() {
        PlayerConfig config = PlayerConfig.parse(new String[0]);

        assertEquals(new PlayerConfig(URI.create("http://localhost:8080"), Path.of("player-data"), Path.of("player-out"),
                DisplayClass.HD_LANDSCAPE, Duration.ofSeconds(30)), config);
    }

    @Test
    void everyOptionIsApplied() {
        PlayerConfig config = PlayerConfig.parse(new String[] {
                "--server", "https://cms.example.com:8443", "--data", "/var/lib/signage", "--output", "/tmp/frames",
                "--display-class", "eink-bw", "--poll-seconds", "5"});

        assertEquals(new PlayerConfig(URI.create("https://cms.example.com:8443"), Path.of("/var/lib/signage"),
                Path.of("/tmp/frames"), DisplayClass.EINK_BW, Duration.ofSeconds(5)), config);
    }

    @Test
    void anEinkPlayerCanDriveASimulatedPanelOnABattery() {
        PlayerConfig config = PlayerConfig.parse(new String[] {"--display-class", "eink-bwr-label", "--panel", "simulated",
                "--battery-mwh", "3600"});

        assertEquals(PlayerConfig.Panel.SIMULATED, config.panel());
        assertEquals(3600.0, config.batteryMilliwattHours());
    }

    @Test
    void panelOptionsThatCannotWorkAreRefusedSayingWhy() {
        assertTrue(refusal("--panel", "simulated").contains("e-ink --display-class"));
        assertTrue(refusal("--display-class", "eink-gray16", "--panel", "it8951").contains("--vcom-mv"));
        assertTrue(refusal("--display-class", "eink-bw", "--panel", "paper").contains("none, simulated or it8951"));
        assertTrue(refusal("--display-class", "eink-bw", "--battery-mwh", "-1").contains("--battery-mwh"));
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> PlayerConfig.parse(args)).getMessage();
    }

    @Test
    void unknownOptionIsRefusedListingTheOptions() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--colour", "red"}));

        assertTrue(e.getMessage().startsWith("unknown option --colour"), e.getMessage());
        for (String option : new String[] {"--server", "--data", "--output", "--display-class", "--poll-seconds"}) {
            assertTrue(e.getMessage().contains(option), option + " missing from: " + e.getMessage());
        }
    }

    @Test
    void optionWithoutValueIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--data", "d", "--server"}));

        assertEquals("--server needs a value", e.getMessage());
    }

    @Test
    void unknownDisplayClassIsRefusedListingTheKnownOnes() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--display-class", "plasma-4k"}));

        assertTrue(e.getMessage().contains("'plasma-4k'"), e.getMessage());
        for (String id : DisplayClass.ids()) {
            assertTrue(e.getMessage().contains(id), id + " missing from: " + e.getMessage());
        }
    }

    @Test
    void pollIntervalOfZeroIsRefused() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--poll-seconds", "0"}));

        assertEquals("pollInterval must be positive", e.getMessage());
    }

    @Test
    void pollSecondsThatIsNotANumberIsRefusedClearly() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--poll-seconds", "abc"}));
        assertTrue(e.getMessage().contains("whole number of seconds"), e.getMessage());
    }

    @Test
    void optionFollowedByAnotherOptionIsMissingItsValue() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--server", "--data", "x"}));
        assertEquals("--server needs a value", e.getMessage());
    }

    @Test
    void anHdPlayerCanShowFramesOnScreen() {
        assertTrue(PlayerConfig.parse(new String[] {"--screen", "--display-class", "hd-portrait"}).screen());
        assertTrue(!PlayerConfig.parse(new String[0]).screen(), "PNG frames stay the default");
    }

    @Test
    void anEinkPlayerCannotUseTheScreen() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> PlayerConfig.parse(new String[] {"--display-class", "eink-bw", "--screen"})).getMessage();
        assertTrue(message.contains("--screen"), message);
    }
}
