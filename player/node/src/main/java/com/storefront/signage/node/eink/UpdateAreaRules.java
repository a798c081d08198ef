package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.eink.Rect;
import com.storefront.signage.core.eink.Waveform;

/**
 * What a panel accepts, checked before any byte moves: the frame is the panel's size, the area
 * lies on the glass and on the controller's grid, and the panel has the waveform. The grid applies
 * to all four edges, as {@link Rect#align} produces, except where an edge is the panel's own
 * (1404 rows are not a multiple of 8).
 */
final class UpdateAreaRules {
    private UpdateAreaRules() {
    }

    /** DU and A2 drive pixels only to black or white and need areas on the coarser grid. */
    static boolean fast(Waveform waveform) {
        return waveform == Waveform.DU || waveform == Waveform.A2;
    }

    /** @param fastGrid a firmware's grid for DU and A2 when coarser than the profile's; 0 for none */
    static void check(PanelUpdate update, IndexedFrame frame, PanelProfile profile, int fastGrid) {
        Rect bounds = profile.bounds();
        if (frame.width() != profile.width() || frame.height() != profile.height()) {
            throw new IllegalArgumentException("frame is " + frame.width() + "x" + frame.height() + " but panel "
                    + profile.id() + " is " + profile.width() + "x" + profile.height());
        }
        if (profile.mode(update.waveform()).isEmpty()) {
            throw new IllegalArgumentException("panel " + profile.id() + " has no " + update.waveform() + " waveform");
        }
        Rect a = update.area();
        if (a.x() < 0 || a.y() < 0 || a.right() > bounds.right() || a.bottom() > bounds.bottom()) {
            throw new IllegalArgumentException(update.waveform() + " area " + describe(a) + " is off the "
                    + profile.width() + "x" + profile.height() + " glass");
        }
        boolean fast = fast(update.waveform());
        int grid = fast ? Math.max(profile.fastAlignment(), fastGrid) : profile.alignment();
        if (!aligned(a.x(), grid, -1) || !aligned(a.y(), grid, -1) || !aligned(a.right(), grid, bounds.right())
                || !aligned(a.bottom(), grid, bounds.bottom())) {
            throw new IllegalArgumentException(update.waveform() + " area " + describe(a) + " is not aligned to the "
                    + grid + "-px grid " + (fast ? "DU and A2 need" : "partial updates need") + " on " + profile.id()
                    + "; grow it with Rect.align(" + grid + ", bounds)");
        }
    }

    private static boolean aligned(int edge, int grid, int panelEdge) {
        return edge % grid == 0 || edge == panelEdge;
    }

    private static String describe(Rect a) {
        return a.width() + "x" + a.height() + " at (" + a.x() + "," + a.y() + ")";
    }
}
