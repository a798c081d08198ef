package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.EinkPipeline;
import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PalettePreview;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.protocol.BatteryReport;
import com.storefront.signage.core.render.PanelFrame;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.play.PanelFrameOutput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * Drives an e-ink panel from the player: each frame goes through the {@link EinkPipeline}
 * (quantise, skip if unchanged, plan partial updates and clean refreshes) and the planned updates
 * go to the panel. What the glass should show is also handed to a preview output (the headless
 * PNG directory), and the energy of each wake is metered for the battery report.
 *
 * <p>Threading: frames arrive on the playback thread only; {@link #battery()} may be called from any.
 */
public final class EinkOutput implements PanelFrameOutput {
    private final PanelProfile profile;
    private final PanelDriver panel;
    private final FrameOutput preview;
    private String panelKey;
    private final Clock clock;
    private final BatteryMeter battery;
    private EinkPipeline pipeline;
    private IndexedFrame glass;
    private ZoneId zone;

    /**
     * @param preview                where the glass's intended image goes as well (may be null)
     * @param panelKey               a stable name for this panel until it knows its display id
     * @param batteryMilliwattHours  the battery, or null on mains power
     */
    public EinkOutput(PanelProfile profile, PanelDriver panel, FrameOutput preview, String panelKey,
                      Double batteryMilliwattHours, Clock clock) {
        this.profile = profile;
        this.panel = panel;
        this.preview = preview;
        this.panelKey = panelKey;
        this.clock = clock;
        this.battery = batteryMilliwattHours == null ? null : new BatteryMeter(batteryMilliwattHours, profile, clock.instant());
    }

    @Override
    public void show(BufferedImage frame, FrameInfo info) throws IOException {
        // frames that come without regions (nothing to say about photos): nearest ink everywhere
        showPanel(new PanelFrame(frame, List.of()), info, zone == null ? clock.getZone() : zone, panelKey);
    }

    @Override
    public void showPanel(PanelFrame frame, FrameInfo info, ZoneId storeZone, String displayId) throws IOException {
        BufferedImage image = frame.frame();
        if (image.getWidth() != profile.width() || image.getHeight() != profile.height()) {
            throw new IOException("a " + image.getWidth() + "x" + image.getHeight() + " frame does not fit the "
                    + profile.width() + "x" + profile.height() + " panel " + profile.id() + "; check --display-class");
        }
        String key = displayId == null ? panelKey : displayId;
        if (pipeline == null || !storeZone.equals(zone) || !key.equals(panelKey)) {
            // a new store or display moves the daily clean refresh; starting over also repaints the panel clean
            pipeline = new EinkPipeline(profile, storeZone, key);
            zone = storeZone;
            panelKey = key;
        }
        EinkPipeline.Wake wake = pipeline.wake(image, frame.regions(), clock.instant());
        drive(wake);
        glass = wake.frame();
        if (preview != null) {
            preview.show(PalettePreview.toImage(wake.frame(), profile), info);
        }
    }

    /**
     * A clean full refresh of the whole panel with what it shows now (the fleet's {@code full_refresh}
     * command, to clear ghosting before the daily one is due), metered for the battery like a wake;
     * returns the updates sent. Playback thread only.
     */
    public int cleanRefresh() throws IOException {
        if (pipeline == null || glass == null) {
            throw new IOException("nothing shown on the panel yet");
        }
        EinkPipeline.Wake refresh = pipeline.cleanRefresh(clock.instant());
        drive(refresh);
        return refresh.updates().size();
    }

    private void drive(EinkPipeline.Wake wake) throws IOException {
        for (PanelUpdate update : wake.updates()) {
            panel.apply(update, wake.frame());
        }
        if (battery != null) {
            battery.record(clock.instant(), wake.millijoules());
        }
    }

    @Override
    public Optional<BatteryReport> battery() {
        return battery == null ? Optional.empty() : Optional.of(battery.report(clock.instant()));
    }

    public PanelProfile profile() {
        return profile;
    }
}
