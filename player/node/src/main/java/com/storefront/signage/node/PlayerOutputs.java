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
import java.io.IOException;
import java.time.Clock;

/** Builds the output a configuration asks for: PNG frames, and for e-ink a simulated or real panel behind them. */
public final class PlayerOutputs {
    private PlayerOutputs() {
    }

    public static FrameOutput of(PlayerConfig config) throws IOException {
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
