package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.Rect;
import com.storefront.signage.core.eink.Waveform;
import java.time.Instant;

/**
 * One update a {@link SimulatedPanel} performed and what it cost; one line of its JSON log.
 *
 * @param bytes       packed pixels moved to the controller
 * @param maxGhost    the highest ghost level on the glass after the update (0 = none)
 */
public record SimulatedRefresh(long sequence, Instant at, Rect area, Waveform waveform, boolean clean, int millis,
                               double millijoules, long bytes, double maxGhost) {
}
