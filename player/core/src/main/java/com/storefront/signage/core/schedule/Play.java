package com.storefront.signage.core.schedule;

import com.storefront.signage.core.protocol.PlayItem;
import java.time.Instant;

/** One item on screen from {@code start} to {@code end}, and the entry it plays for. */
public record Play(Instant start, Instant end, String entryId, Layer layer, PlayItem item) {
    public Interval interval() {
        return new Interval(start, end);
    }
}
