package com.storefront.signage.node.screen;

import java.time.Duration;

/** How the main zone changes to a new frame: at once, or by blending the old into the new. */
public record Transition(Kind kind, Duration duration) {
    public enum Kind { CUT, FADE }

    public static final Transition CUT = new Transition(Kind.CUT, Duration.ZERO);

    public Transition {
        if (kind == Kind.FADE && (duration.isNegative() || duration.isZero())) {
            throw new IllegalArgumentException("a fade needs a positive duration");
        }
    }

    public static Transition fade(Duration duration) {
        return new Transition(Kind.FADE, duration);
    }

    /** Share of the new frame {@code elapsedNanos} into the transition: 0 is all old, 1 all new. */
    public float progress(long elapsedNanos) {
        if (kind == Kind.CUT) {
            return 1f;
        }
        return (float) Math.max(0, Math.min(1, elapsedNanos / (double) duration.toNanos()));
    }
}
