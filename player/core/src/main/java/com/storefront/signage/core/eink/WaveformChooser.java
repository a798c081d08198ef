package com.storefront.signage.core.eink;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Picks the cheapest waveform that draws an area adequately, among those the panel offers:
 * DU for small black/white changes, GL16 for grey text, GC16 for photos (areas touching an
 * error-diffused region), large changes and the first paint. Where a panel lacks a mode it falls
 * back to the next adequate one: a black/white panel has no greys, so DU draws anything there;
 * a panel without partial refresh only has its full mode.
 *
 * <p>One chooser serves one frame: it knows what the glass shows and what comes next.
 */
public final class WaveformChooser {
    /** Above this share of the panel DU's ghosting shows as a patch, and GL16 is not much slower. */
    public static final double SMALL_FRACTION = 0.25;
    /** Above this share of the panel a flashing full-grey update costs little more and cleans. */
    public static final double LARGE_FRACTION = 0.5;
    private static final Set<DitherMethod> DIFFUSION = EnumSet.of(DitherMethod.FLOYD_STEINBERG, DitherMethod.ATKINSON,
            DitherMethod.BURKES);

    private final PanelProfile profile;
    private final IndexedFrame front;
    private final IndexedFrame next;
    private final List<DitherRegion> regions;
    private final boolean firstPaint;
    private final BlackWhitePixels blackWhite;

    /** {@code front} may be null: then nothing is known about the glass and every area is a first paint. */
    public WaveformChooser(PanelProfile profile, IndexedFrame front, IndexedFrame next, List<DitherRegion> regions,
                           boolean firstPaint) {
        this.profile = profile;
        this.front = front;
        this.next = next;
        this.regions = List.copyOf(regions);
        this.firstPaint = firstPaint || front == null;
        this.blackWhite = new BlackWhitePixels(profile);
    }

    public Waveform choose(Rect area) {
        if (!profile.partialRefresh() || firstPaint) {
            return cleanDrawing(profile);
        }
        if (area.area() > LARGE_FRACTION * profile.bounds().area()) {
            return firstOffered(area, Waveform.GC16);
        }
        if (photo(area)) {
            return firstOffered(area, Waveform.GC16, Waveform.GL16, Waveform.DU);
        }
        if (area.area() <= SMALL_FRACTION * profile.bounds().area() && duAllowed(area)) {
            return Waveform.DU;
        }
        return firstOffered(area, Waveform.GL16, Waveform.GC16, Waveform.DU);
    }

    /**
     * The cleanest mode that also draws the image: GC16 on grey panels, the full mode elsewhere.
     * INIT is not it: it only clears the glass to white.
     */
    public static Waveform cleanDrawing(PanelProfile profile) {
        return profile.modes().stream().filter(m -> m.clearsGhosting() && m.waveform() != Waveform.INIT)
                .map(WaveformMode::waveform).findFirst().orElse(profile.cleanMode().waveform());
    }

    private Waveform firstOffered(Rect area, Waveform... preferred) {
        for (Waveform w : preferred) {
            if (w == Waveform.DU ? duAllowed(area) : profile.mode(w).isPresent()) {
                return w;
            }
        }
        return cleanDrawing(profile);
    }

    private boolean photo(Rect area) {
        return regions.stream().anyMatch(r -> DIFFUSION.contains(r.method()) && r.area().intersects(area));
    }

    /** DU drives the whole aligned area, so the pixels alignment adds must be black/white too. */
    private boolean duAllowed(Rect area) {
        if (profile.mode(Waveform.DU).isEmpty()) {
            return false;
        }
        Rect aligned = area.align(profile.fastAlignment(), profile.bounds());
        return blackWhite.only(front, aligned) && blackWhite.only(next, aligned);
    }
}
