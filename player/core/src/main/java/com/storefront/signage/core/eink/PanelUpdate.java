package com.storefront.signage.core.eink;

import java.util.Objects;

/**
 * One refresh the pipeline asks of the panel: an aligned area, the waveform to drive it with,
 * and what the panel profile says it will cost. {@code clean} marks a refresh that clears
 * ghosting (forced after too many partial updates, or the daily clean refresh).
 */
public record PanelUpdate(Rect area, Waveform waveform, boolean clean, int millis, double millijoules) {
    public PanelUpdate {
        Objects.requireNonNull(area, "area");
        Objects.requireNonNull(waveform, "waveform");
        if (area.empty()) {
            throw new IllegalArgumentException("an update needs a non-empty area");
        }
    }
}
