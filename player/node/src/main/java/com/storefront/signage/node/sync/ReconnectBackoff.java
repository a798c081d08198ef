package com.storefront.signage.node.sync;

import java.time.Duration;
import java.util.random.RandomGenerator;

/**
 * Exponential backoff with full jitter: retry {@code n} (counting from 0) waits a uniformly random
 * time between 0 and {@code min(cap, base * 2^n)}. The randomness is the point: after a server
 * restart every player of a fleet loses its socket in the same instant, and only a spread over the
 * whole window keeps them from coming back in the same second. Pure apart from its random source.
 */
public final class ReconnectBackoff {
    private final long baseMillis;
    private final long capMillis;
    private final RandomGenerator random;

    public ReconnectBackoff(Duration base, Duration cap, RandomGenerator random) {
        if (base.isNegative() || base.isZero() || cap.compareTo(base) < 0) {
            throw new IllegalArgumentException("backoff needs 0 < base <= cap, not base " + base + " and cap " + cap);
        }
        this.baseMillis = base.toMillis();
        this.capMillis = cap.toMillis();
        this.random = random;
    }

    /** One second doubling up to a minute: a fleet's returns spread over up to a minute, a single player retries within one. */
    public static ReconnectBackoff standard() {
        return new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(60), RandomGenerator.getDefault());
    }

    /** The longest wait before retry {@code attempt}: {@code min(cap, base * 2^attempt)}. */
    public long ceilingMillis(int attempt) {
        if (attempt < 0) {
            throw new IllegalArgumentException("attempt must be zero or more");
        }
        // past 2^62 the shift overflows; the cap has long been reached by then
        return attempt >= 62 || baseMillis > capMillis >> attempt ? capMillis : Math.min(capMillis, baseMillis << attempt);
    }

    /** How long to wait before retry {@code attempt}, uniformly in [0, ceiling]. */
    public long delayMillis(int attempt) {
        return random.nextLong(ceilingMillis(attempt) + 1);
    }
}
