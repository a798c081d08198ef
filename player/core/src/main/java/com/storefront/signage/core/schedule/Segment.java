package com.storefront.signage.core.schedule;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * A stretch of time in which the same entries compete for the screen. For the campaign layer
 * {@code entryIds} lists the active campaigns by priority, highest first, then the default loop
 * as the fallback for when frequency caps hold every campaign back.
 */
public record Segment(Instant start, Instant end, Layer layer, List<String> entryIds) {
    public Segment {
        Objects.requireNonNull(start, "start");
        Objects.requireNonNull(end, "end");
        Objects.requireNonNull(layer, "layer");
        entryIds = List.copyOf(entryIds);
        if (!end.isAfter(start)) {
            throw new IllegalArgumentException("segment must end after it starts: " + start + " .. " + end);
        }
    }

    public Interval interval() {
        return new Interval(start, end);
    }
}
