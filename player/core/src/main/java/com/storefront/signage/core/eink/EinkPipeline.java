package com.storefront.signage.core.eink;

import java.awt.image.BufferedImage;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

/**
 * One panel's render path, wake by wake: quantise the native-resolution frame to the measured
 * palette region by region, pack it, skip the wake when the bytes hash to what the glass shows,
 * otherwise diff against the front buffer and plan aligned updates with the cheapest adequate
 * waveforms, forcing clean refreshes where partials piled up and once a day at the store's off-hour.
 *
 * <p>Pure apart from its own state (front buffer, partial ledger, last clean refresh); one instance
 * per panel, called from one thread.
 */
public final class EinkPipeline {
    private final PanelProfile profile;
    private final ZoneId zone;
    private final Duration stagger;
    private final DailyCleanRefresh daily;
    private final UpdatePlanner planner;
    private final EnergyModel energy;
    private IndexedFrame front;
    private FrameFingerprint shown;
    private Instant lastClean;

    /**
     * @param zone     the store's time zone, for the daily clean refresh
     * @param panelKey a stable name of this panel (its display id), to stagger the store's panels
     */
    public EinkPipeline(PanelProfile profile, ZoneId zone, String panelKey, DailyCleanRefresh daily) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.zone = Objects.requireNonNull(zone, "zone");
        this.daily = Objects.requireNonNull(daily, "daily");
        this.stagger = daily.stagger(panelKey);
        this.planner = new UpdatePlanner(profile);
        this.energy = new EnergyModel(profile);
    }

    public EinkPipeline(PanelProfile profile, ZoneId zone, String panelKey) {
        this(profile, zone, panelKey, DailyCleanRefresh.DEFAULT);
    }

    /** One wake: what to send to the panel, if anything. */
    public Wake wake(BufferedImage frame, List<DitherRegion> regions, Instant now) {
        IndexedFrame next = PaletteQuantizer.quantize(frame, profile, regions);
        FrameFingerprint fingerprint = FrameFingerprint.of(PixelPacker.pack(next, next.bounds(), profile.bitsPerPixel()));
        boolean cleanDue = lastClean != null && daily.isDue(lastClean, now, zone, stagger);
        if (fingerprint.equals(shown) && !cleanDue) {
            return new Wake(next, List.of(), 0, energy.wakeMillijoules());
        }
        List<PanelUpdate> updates;
        if (front == null || cleanDue) {
            updates = planner.cleanFullRefresh();
            lastClean = now;
        } else {
            updates = planner.plan(front, next, regions, false);
        }
        front = next;
        shown = fingerprint;
        return driving(next, updates);
    }

    /**
     * A clean refresh of the whole panel with what it shows now, as the fleet's "full refresh"
     * command asks, costed like any wake that drives the panel.
     *
     * @throws IllegalStateException when no wake has painted the panel yet
     */
    public Wake cleanRefresh(Instant now) {
        if (front == null) {
            throw new IllegalStateException("nothing shown on the panel yet");
        }
        lastClean = now;
        return driving(front, planner.cleanFullRefresh());
    }

    /** A wake that sends {@code updates}: the packed bytes they move (an INIT carries no pixels) and the whole cycle's energy. */
    private Wake driving(IndexedFrame frame, List<PanelUpdate> updates) {
        long bytes = updates.stream().filter(u -> u.waveform() != Waveform.INIT).mapToLong(u -> energy.packedBytes(u.area())).sum();
        return new Wake(frame, updates, bytes, energy.wakeCycleMillijoules(bytes, updates));
    }

    public PartialRefreshLedger ledger() {
        return planner.ledger();
    }

    public PanelProfile profile() {
        return profile;
    }

    /**
     * What one wake produced: the frame as the glass should show it, the updates to drive (empty
     * when the wake changed nothing), the packed bytes they move and the wake's whole energy.
     */
    public record Wake(IndexedFrame frame, List<PanelUpdate> updates, long bytesMoved, double millijoules) {
        public Wake {
            updates = List.copyOf(updates);
        }

        public boolean skipped() {
            return updates.isEmpty();
        }
    }
}
