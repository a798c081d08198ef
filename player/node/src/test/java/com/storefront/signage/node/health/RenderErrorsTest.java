package com.storefront.signage.node.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.RenderError;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

class RenderErrorsTest {
    private static final Instant T0 = Instant.parse("2026-11-23T09:00:00Z");

    @Test
    void foldsRepeatsOfTheSameFailureIntoOneCountedEntry() {
        RenderErrors errors = new RenderErrors();
        errors.record("item-1", "slide-1", "promotion", "unknown template", T0);
        errors.record("item-1", "slide-1", "promotion", "unknown template", T0.plusSeconds(30));
        errors.record("item-2", "slide-2", "welcome", "bad layout", T0.plusSeconds(40));

        List<RenderError> batch = errors.take();

        assertEquals(2, batch.size());
        assertEquals(new RenderError("item-1", "slide-1", "promotion", "unknown template", T0, T0.plusSeconds(30), 2), batch.get(0));
        assertTrue(errors.isEmpty());
    }

    @Test
    void anUndeliveredBatchComesBackMergedWithWhatFailedMeanwhile() {
        RenderErrors errors = new RenderErrors();
        errors.record("item-1", "slide-1", "promotion", "unknown template", T0);
        List<RenderError> batch = errors.take();
        errors.record("item-1", "slide-1", "promotion", "unknown template", T0.plusSeconds(60));

        errors.restore(batch);

        assertEquals(List.of(new RenderError("item-1", "slide-1", "promotion", "unknown template", T0, T0.plusSeconds(60), 2)),
                errors.take());
    }

    @Test
    void keepsTheNewestFailuresWithinWhatAHeartbeatMayCarryAndCountsTheDropped() {
        RenderErrors errors = new RenderErrors();
        for (int i = 0; i < Heartbeat.MAX_RENDER_ERRORS + 5; i++) {
            errors.record("item-" + i, null, null, "broken", T0.plusSeconds(i));
        }

        List<RenderError> batch = errors.take();

        assertEquals(Heartbeat.MAX_RENDER_ERRORS, batch.size());
        assertEquals("item-5", batch.get(0).itemId());
        assertEquals(5, errors.dropped());
    }
}
