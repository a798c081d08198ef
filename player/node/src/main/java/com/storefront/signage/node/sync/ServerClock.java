package com.storefront.signage.node.sync;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * The player's idea of the server's time: its own clock corrected by the offset measured on each
 * exchange (server time minus the midpoint of request and response, as NTP does), so that a
 * player whose RTC drifted still plays the 07:00 daypart at 07:00. Samples with a round trip over
 * {@value #MAX_ROUND_TRIP_MS} ms are too vague to use. Thread-safe.
 */
public final class ServerClock extends Clock {
    static final long MAX_ROUND_TRIP_MS = 5000;
    private final Clock local;
    private volatile long offsetMs;
    private volatile boolean measured;

    public ServerClock(Clock local) {
        this.local = local;
    }

    public static ServerClock system() {
        return new ServerClock(Clock.systemUTC());
    }

    /** The local clock's reading now, for timing an exchange. */
    public long localMillis() {
        return local.millis();
    }

    /** Learns from one exchange: sent and received on the local clock, the server's time in between. */
    public void observe(long sentLocalMs, long receivedLocalMs, long serverMs) {
        long roundTrip = receivedLocalMs - sentLocalMs;
        if (roundTrip < 0 || roundTrip > MAX_ROUND_TRIP_MS) {
            return;
        }
        offsetMs = serverMs - (sentLocalMs + roundTrip / 2);
        measured = true;
    }

    /** The local clock minus the server's, as reported in heartbeats; null until measured. */
    public Long skewMs() {
        return measured ? -offsetMs : null;
    }

    @Override
    public Instant instant() {
        return local.instant().plusMillis(offsetMs);
    }

    @Override
    public long millis() {
        return local.millis() + offsetMs;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        // a view in another zone, corrected by the offset known now
        return Clock.offset(local.withZone(zone), java.time.Duration.ofMillis(offsetMs));
    }
}
