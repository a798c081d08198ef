package com.storefront.signage.core.eink;

import java.util.ArrayList;
import java.util.List;

/**
 * The refreshes one new frame needs on one panel: diff against the front buffer, merge and align
 * the changes ({@link DirtyRegionPlanner}), choose a waveform per area ({@link WaveformChooser}),
 * and turn partial updates that would push a tile past its ghosting limit into clean refreshes of
 * those tiles ({@link PartialRefreshLedger}). Updates come back in the order to drive them, with
 * time and energy from {@link EnergyModel}.
 *
 * <p>Holds the ledger of one panel, so one planner per panel, used from one thread.
 */
public final class UpdatePlanner {
    private final PanelProfile profile;
    private final PartialRefreshLedger ledger;
    private final DirtyRegionPlanner regions;
    private final EnergyModel energy;

    public UpdatePlanner(PanelProfile profile) {
        this(profile, new PartialRefreshLedger(profile));
    }

    public UpdatePlanner(PanelProfile profile, PartialRefreshLedger ledger) {
        this.profile = profile;
        this.ledger = ledger;
        this.regions = new DirtyRegionPlanner(profile);
        this.energy = new EnergyModel(profile);
    }

    /**
     * The updates that bring the glass from {@code front} (null when unknown) to {@code next};
     * empty when nothing changed. A first paint is a {@link #cleanFullRefresh()}, since the glass
     * may still hold a ghosted image from before.
     */
    public List<PanelUpdate> plan(IndexedFrame front, IndexedFrame next, List<DitherRegion> ditherRegions, boolean firstPaint) {
        if (next.width() != profile.width() || next.height() != profile.height()) {
            throw new IllegalArgumentException(profile.id() + " is " + profile.width() + "x" + profile.height()
                    + ", the frame is " + next.width() + "x" + next.height());
        }
        if (firstPaint || front == null) {
            return cleanFullRefresh();
        }
        List<Rect> dirty = FrameDiff.changed(front, next);
        if (dirty.isEmpty()) {
            return List.of();
        }
        WaveformChooser chooser = new WaveformChooser(profile, front, next, ditherRegions, false);
        List<PanelUpdate> out = new ArrayList<>();
        for (PlannedRegion p : regions.plan(dirty, chooser::choose)) {
            out.add(account(p));
        }
        return out;
    }

    /**
     * The daily (and first-paint) clean refresh of the whole panel. Where the cleanest mode only
     * clears the glass (INIT), a clean drawing update follows it to put the image back.
     */
    public List<PanelUpdate> cleanFullRefresh() {
        ledger.resetAll();
        Rect all = profile.bounds();
        Waveform clean = profile.cleanMode().waveform();
        Waveform drawing = WaveformChooser.cleanDrawing(profile);
        if (clean == drawing) {
            return List.of(energy.update(all, clean, true));
        }
        return List.of(energy.update(all, clean, true), energy.update(all, drawing, true));
    }

    public PartialRefreshLedger ledger() {
        return ledger;
    }

    private PanelUpdate account(PlannedRegion p) {
        WaveformMode mode = profile.mode(p.waveform()).orElseThrow();
        if (mode.clearsGhosting()) {
            recordClean(p.area());
            return energy.update(p.area(), p.waveform(), true);
        }
        if (ledger.wouldExceed(p.area())) {
            // refresh the tiles whole, so the clean refresh resets their counts
            Waveform clean = WaveformChooser.cleanDrawing(profile);
            Rect area = profile.mode(clean).orElseThrow().partial()
                    ? ledger.tileCover(p.area()).align(regions.grid(clean), profile.bounds())
                    : profile.bounds();
            recordClean(area);
            return energy.update(area, clean, true);
        }
        ledger.recordPartial(p.area());
        return energy.update(p.area(), p.waveform(), false);
    }

    private void recordClean(Rect area) {
        if (area.equals(profile.bounds())) {
            ledger.resetAll();
        } else {
            ledger.recordClean(area);
        }
    }
}
