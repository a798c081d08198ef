package com.storefront.signage.node;

import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.node.eink.EinkOutput;
import com.storefront.signage.node.eink.It8951Panel;
import com.storefront.signage.node.eink.It8951Settings;
import com.storefront.signage.node.eink.PanelDriver;
import com.storefront.signage.node.eink.SimulatedPanel;
import com.storefront.signage.node.eink.SpidevConfig;
import com.storefront.signage.node.eink.SpidevTransport;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.play.PngDirectoryOutput;
import com.storefront.signage.node.screen.ScreenLayout;
import com.storefront.signage.node.screen.ScreenOutput;
import com.storefront.signage.node.screen.Transition;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Toolkit;
import java.io.IOException;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Clock;

/**
 * Builds the output a configuration asks for: PNG frames, for e-ink a simulated or real panel behind them,
 * and for HD players with {@code --screen} a full-screen window.
 */
public final class PlayerOutputs {
    private PlayerOutputs() {
    }

    public static FrameOutput of(PlayerConfig config) throws IOException {
        if (config.screen()) {
            // full screen at the display's own size; the renderer's frames are scaled into the main zone
            Dimension size = Toolkit.getDefaultToolkit().getScreenSize();
            ScreenLayout layout = new ScreenLayout(size.width, size.height, 0, "", true, ZoneId.systemDefault(), Color.BLACK);
            return new ScreenOutput(layout, Transition.fade(Duration.ofMillis(300)), Clock.systemUTC());
        }
        PngDirectoryOutput png = new PngDirectoryOutput(config.outputDir());
        if (config.panel() == PlayerConfig.Panel.NONE) {
            return png;
        }
        PanelProfile profile = PanelProfiles.forDisplayClass(config.displayClass()).orElseThrow();
        PanelDriver driver;
        if (config.panel() == PlayerConfig.Panel.SIMULATED) {
            driver = PanelDriver.simulated(SimulatedPanel.writingTo(profile, config.outputDir().resolve("panel"), Clock.systemUTC()));
        } else {
            It8951Panel panel = new It8951Panel(SpidevTransport.open(SpidevConfig.waveshareHat()),
                    It8951Settings.defaults(config.vcomMillivolts()));
            panel.init();
            driver = PanelDriver.it8951(panel, profile);
        }
        // the data directory is per device and survives restarts: a stable key for staggering clean refreshes
        return new EinkOutput(profile, driver, png, config.dataDir().toAbsolutePath().toString(),
                config.batteryMilliwattHours(), Clock.systemUTC());
    }
}
