package com.storefront.signage.node;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/** A clock the test moves, with the monotonic nanoseconds that go with it. */
public final class TestClock extends Clock {
    private Instant now;
    private long nanos = 1_000_000_000L;

    public TestClock(Instant start) {
        this.now = start;
    }

    public void advance(Duration d) {
        now = now.plus(d);
        nanos += d.toNanos();
    }

    /** The wall clock alone jumps, as when the server-corrected clock gets a new measurement. */
    public void step(Duration d) {
        now = now.plus(d);
    }

    public long nanos() {
        return nanos;
    }

    @Override
    public Instant instant() {
        return now;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return this;
    }
}
