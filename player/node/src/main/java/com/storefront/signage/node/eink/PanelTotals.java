package com.storefront.signage.node.eink;

/** What a panel has done so far: updates, time spent refreshing, energy, pixels refreshed, bytes moved. */
public record PanelTotals(long updates, long millis, double millijoules, long refreshedArea, long bytes) {
    public static final PanelTotals NONE = new PanelTotals(0, 0, 0, 0, 0);

    PanelTotals plus(SimulatedRefresh r) {
        return new PanelTotals(updates + 1, millis + r.millis(), millijoules + r.millijoules(),
                refreshedArea + r.area().area(), bytes + r.bytes());
    }
}
