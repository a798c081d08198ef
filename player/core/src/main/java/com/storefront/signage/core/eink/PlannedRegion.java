package com.storefront.signage.core.eink;

import java.util.Objects;

/** An aligned area the planner wants refreshed, and the waveform chosen for it. */
public record PlannedRegion(Rect area, Waveform waveform) {
    public PlannedRegion {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(waveform, "waveform");
    }
}
