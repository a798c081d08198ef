package com.storefront.signage.core.eink;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * Turns changed rectangles into update areas a controller accepts: merges neighbours when one
 * update would waste little area, picks a waveform per area (through the given chooser), aligns
 * each area to the grid that waveform needs, clips it to the panel, and unites areas that overlap
 * after alignment, so no pixel is driven twice.
 */
public final class DirtyRegionPlanner {
    /** Merge two areas when the box around both is under this multiple of their summed areas. */
    public static final double MERGE_RATIO = 1.3;
    /** Above this share of the panel, one panel-wide update beats many: one wait, one fixed cost. */
    public static final double LARGE_CHANGE_FRACTION = 0.5;

    private final PanelProfile profile;

    public DirtyRegionPlanner(PanelProfile profile) {
        this.profile = profile;
    }

    /**
     * The update areas for {@code dirty}. {@code chooser} is asked for the waveform of each merged
     * (not yet aligned) area; it must only return waveforms the profile has. A panel without
     * partial refresh, or a waveform without it, gets the whole panel.
     */
    public List<PlannedRegion> plan(List<Rect> dirty, Function<Rect, Waveform> chooser) {
        Rect bounds = profile.bounds();
        List<Rect> clipped = new ArrayList<>(dirty.size());
        for (Rect r : dirty) {
            Rect c = r.align(1, bounds);
            if (!c.empty()) {
                clipped.add(c);
            }
        }
        if (clipped.isEmpty()) {
            return List.of();
        }
        if (!profile.partialRefresh()) {
            return List.of(new PlannedRegion(bounds, chooser.apply(bounds)));
        }
        List<Rect> merged = merge(clipped);
        long total = merged.stream().mapToLong(Rect::area).sum();
        if (total > LARGE_CHANGE_FRACTION * bounds.area()) {
            merged = List.of(bounds);
        }
        List<PlannedRegion> planned = new ArrayList<>(merged.size());
        for (Rect r : merged) {
            Waveform w = chooser.apply(r);
            planned.add(new PlannedRegion(fit(r, w), w));
        }
        return uniteOverlaps(planned, chooser);
    }

    /** Merges rectangles pairwise by the {@link #MERGE_RATIO} rule until no pair qualifies. */
    public static List<Rect> merge(List<Rect> rects) {
        List<Rect> out = new ArrayList<>(rects);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size(); i++) {
                Rect a = out.get(i);
                for (int j = i + 1; j < out.size(); ) {
                    Rect b = out.get(j);
                    Rect u = a.union(b);
                    if (u.area() < MERGE_RATIO * (a.area() + b.area())) {
                        a = u;
                        out.set(i, a);
                        removeUnordered(out, j);
                        changed = true;
                    } else {
                        j++;
                    }
                }
            }
        }
        return out;
    }

    /** The grid an update area with {@code waveform} must lie on. */
    public int grid(Waveform waveform) {
        return waveform == Waveform.DU || waveform == Waveform.A2 ? profile.fastAlignment() : profile.alignment();
    }

    private Rect fit(Rect r, Waveform w) {
        boolean partial = profile.mode(w).orElseThrow(() -> new IllegalArgumentException(
                profile.id() + " has no " + w + " mode")).partial();
        return partial ? r.align(grid(w), profile.bounds()) : profile.bounds();
    }

    private List<PlannedRegion> uniteOverlaps(List<PlannedRegion> planned, Function<Rect, Waveform> chooser) {
        List<PlannedRegion> out = new ArrayList<>(planned);
        boolean changed = true;
        while (changed) {
            changed = false;
            for (int i = 0; i < out.size() && !changed; i++) {
                for (int j = i + 1; j < out.size(); j++) {
                    PlannedRegion a = out.get(i);
                    PlannedRegion b = out.get(j);
                    if (a.area().intersects(b.area())) {
                        Rect u = a.area().union(b.area());
                        // the union covers pixels neither part was judged on, so it is judged again
                        Waveform w = stronger(stronger(a.waveform(), b.waveform()), chooser.apply(u));
                        out.set(i, new PlannedRegion(fit(u, w), w));
                        removeUnordered(out, j);
                        changed = true;
                        break;
                    }
                }
            }
        }
        return out;
    }

    /** The waveform that can also do what the other does (GC16 can draw what DU draws, not the reverse). */
    static Waveform stronger(Waveform a, Waveform b) {
        return rank(a) >= rank(b) ? a : b;
    }

    private static int rank(Waveform w) {
        return switch (w) {
            case A2 -> 0;
            case DU -> 1;
            case GL16 -> 2;
            case GC16 -> 3;
            case FULL -> 4;
            case INIT -> 5;
        };
    }

    private static <T> void removeUnordered(List<T> list, int index) {
        int last = list.size() - 1;
        list.set(index, list.get(last));
        list.remove(last);
    }
}
