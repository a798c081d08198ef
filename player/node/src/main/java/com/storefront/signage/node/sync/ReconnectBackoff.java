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

    /** What players use: {@link #standard(RandomGenerator)} with the default random source. */
    public static ReconnectBackoff standard() {
        return standard(RandomGenerator.getDefault());
    }

    /**
     * Ten seconds doubling up to a minute. A whole fleet dropped at once (a restart, or a failed
     * instance whose players move to the others) arrives at no more than a tenth of its number in
     * any second even when a server is up at once, and spreads further the longer it stays away
     * (measured by bench/reconnect.sh): 10,000 players come back at 1,000 a second at most. A player
     * that lost its socket alone is back within ten seconds, five on average, and polls meanwhile.
     */
    public static ReconnectBackoff standard(RandomGenerator random) {
        return new ReconnectBackoff(Duration.ofSeconds(10), Duration.ofSeconds(60), random);
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
