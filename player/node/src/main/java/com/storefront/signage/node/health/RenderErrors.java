package com.storefront.signage.node.health;

import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.RenderError;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Failures to show an item, waiting for the next heartbeat. The playback thread records, the sync
 * thread takes a batch and gives it back if the heartbeat was not delivered. A broken slide in a
 * loop fails every pass: repeats fold into one entry's count, and at most
 * {@link Heartbeat#MAX_RENDER_ERRORS} distinct failures are kept (the oldest are dropped and counted).
 */
public final class RenderErrors {
    private final Map<String, RenderError> pending = new LinkedHashMap<>();
    private long dropped;

    public synchronized void record(String itemId, String slideId, String templateId, String message, Instant at) {
        String key = itemId + "\u0000" + message;
        RenderError seen = pending.remove(key);
        RenderError next = seen == null
                ? new RenderError(itemId, slideId, templateId, message, at, at, 1)
                : new RenderError(itemId, slideId, templateId, seen.message(), seen.firstAt(),
                        at.isAfter(seen.lastAt()) ? at : seen.lastAt(), seen.count() + 1);
        pending.put(key, next);
        while (pending.size() > Heartbeat.MAX_RENDER_ERRORS) {
            var oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
            dropped++;
        }
    }

    /** Everything pending, in the order first seen; the caller gives it back with {@link #restore} if it could not deliver it. */
    public synchronized List<RenderError> take() {
        List<RenderError> out = new ArrayList<>(pending.values());
        pending.clear();
        return out;
    }

    /** Puts an undelivered batch back, merging with anything recorded meanwhile. */
    public synchronized void restore(List<RenderError> batch) {
        for (RenderError e : batch) {
            String key = e.itemId() + "\u0000" + e.message();
            RenderError newer = pending.remove(key);
            RenderError merged = newer == null ? e
                    : new RenderError(e.itemId(), newer.slideId(), newer.templateId(), e.message(), e.firstAt(),
                            newer.lastAt().isAfter(e.lastAt()) ? newer.lastAt() : e.lastAt(), e.count() + newer.count());
            pending.put(key, merged);
        }
        while (pending.size() > Heartbeat.MAX_RENDER_ERRORS) {
            var oldest = pending.keySet().iterator();
            oldest.next();
            oldest.remove();
            dropped++;
        }
    }

    public synchronized boolean isEmpty() {
        return pending.isEmpty();
    }

    /** Distinct failures dropped because too many piled up while the server was unreachable. */
    public synchronized long dropped() {
        return dropped;
    }
}
