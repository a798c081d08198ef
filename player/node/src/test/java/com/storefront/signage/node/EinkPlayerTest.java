package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.promotion;
import static com.storefront.signage.node.SampleManifests.welcome;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.eink.PaletteColour;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.protocol.BatteryReport;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.node.eink.SimulatedPanel;
import com.storefront.signage.node.sync.DeviceState;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An e-ink player drives its (simulated) panel through the pipeline and reports its battery. */
class EinkPlayerTest {
    private static final String TOKEN = "device-token-eink";
    private static final PanelProfile LABEL = PanelProfiles.load(PanelProfiles.BWR_2IN9);
    private static final SampleMedia IMAGE = SampleMedia.png(0xE76F51);

    @TempDir
    Path data;
    @TempDir
    Path out;
    private StandInCms cms;
    private Player player;

    @AfterEach
    void stop() {
        if (player != null) {
            player.close();
        }
        if (cms != null) {
            cms.close();
        }
    }

    @Test
    void aLabelPlayerRefreshesItsSimulatedPanelShowsOnlyItsInksAndReportsItsBattery() throws IOException {
        cms = StandInCms.start(TOKEN);
        new DeviceState(data).saveToken(TOKEN);
        cms.serveMedia(IMAGE.sha256(), IMAGE.bytes());
        cms.publish(label(SampleManifests.manifest("v1", welcome("slide-1", "Fresh bread"), promotion("slide-2", IMAGE.sha256()))));
        PlayerConfig config = new PlayerConfig(cms.uri(), data, out, DisplayClass.EINK_BWR_LABEL, Duration.ofSeconds(1),
                PlayerConfig.Panel.SIMULATED, 3600.0, null);
        player = new Player(config, SlideRenderer.fromClassPath(), PlayerOutputs.of(config));

        player.start();

        Path panel = out.resolve("panel");
        Eventually.that(() -> lines(panel.resolve(SimulatedPanel.UPDATE_LOG)) >= 3, "three refreshes of the simulated panel");
        assertTrue(Files.exists(panel.resolve(SimulatedPanel.GLASS_PNG)));
        Map<?, ?> first = ProtocolJson.mapper().readValue(Files.readAllLines(panel.resolve(SimulatedPanel.UPDATE_LOG)).get(0), Map.class);
        assertEquals("FULL", first.get("waveform"), "a label has no partial refresh");

        Set<Integer> inks = LABEL.palette().stream().map(PaletteColour::argb).collect(Collectors.toSet());
        BufferedImage shown = ImageIO.read(out.resolve("current.png").toFile());
        for (int y = 0; y < shown.getHeight(); y++) {
            for (int x = 0; x < shown.getWidth(); x++) {
                int argb = shown.getRGB(x, y) | 0xFF000000;
                assertTrue(inks.contains(argb), () -> "pixel " + Integer.toHexString(argb) + " is not one of the label's inks");
            }
        }

        Eventually.that(() -> !cms.heartbeats().isEmpty(), "a heartbeat");
        BatteryReport battery = cms.heartbeats().get(0).battery();
        assertEquals(3600.0, battery.capacityMilliwattHours(), 1e-9);
        assertTrue(battery.predictedDays() > 0 && battery.millijoulesPerDay() > 0, battery.toString());
    }

    private static Manifest label(Manifest m) {
        List<ScheduleEntry> entries = m.entries();
        return new Manifest(m.version(), m.displayId(), m.displayName(), DisplayClass.EINK_BWR_LABEL, m.storeId(), m.timeZone(),
                m.generatedAt(), m.windowStart(), m.validUntil(), entries, m.timeline());
    }

    private static long lines(Path file) {
        try {
            return Files.exists(file) ? Files.readAllLines(file).stream().filter(l -> !l.isBlank()).count() : 0;
        } catch (IOException e) {
            return 0;
        }
    }
}
