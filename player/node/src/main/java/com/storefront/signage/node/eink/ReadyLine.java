package com.storefront.signage.node.eink;

import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.locks.LockSupport;
import java.util.function.BooleanSupplier;

/**
 * The IT8951's HRDY line: high when the controller can take the next transfer. Polled rather
 * than waited on with an edge interrupt, because most waits are microseconds and an edge that
 * happened before we listen would be lost.
 */
final class ReadyLine {
    private static final long POLL_NANOS = 20_000;

    private final BooleanSupplier ready;
    private final Duration timeout;

    ReadyLine(BooleanSupplier ready, Duration timeout) {
        this.ready = Objects.requireNonNull(ready, "ready");
        if (timeout.isNegative() || timeout.isZero()) {
            throw new IllegalArgumentException("the ready timeout must be positive");
        }
        this.timeout = timeout;
    }

    void await() {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!ready.getAsBoolean()) {
            if (System.nanoTime() - deadline > 0) {
                throw new PanelTimeoutException("the controller's ready line (HRDY) stayed low", timeout);
            }
            LockSupport.parkNanos(POLL_NANOS);
        }
    }
}
