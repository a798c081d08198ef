package com.storefront.signage.node.screen;

import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.image.BufferedImage;

/**
 * What the main zone shows: the current frame and, during a fade, the previous one. Immutable: the
 * render thread swaps a whole new instance in, so it never sees a half-made switch.
 */
record MainZone(BufferedImage previous, BufferedImage current, Transition transition, long startedNanos) {
    static final MainZone EMPTY = new MainZone(null, null, Transition.CUT, 0);

    /** The next state when a new, already scaled frame arrives. */
    MainZone next(BufferedImage frame, Transition how, long now) {
        // a fade interrupted by another frame starts from what is on screen now, the newer of the two
        return new MainZone(current, frame, current == null ? Transition.CUT : how, now);
    }

    float progress(long now) {
        return transition.progress(now - startedNanos);
    }

    void paint(Graphics2D g, Rectangle zone, long now) {
        float alpha = progress(now);
        if (previous != null && alpha < 1f) {
            g.drawImage(previous, zone.x, zone.y, null);
            Composite plain = g.getComposite();
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
            g.drawImage(current, zone.x, zone.y, null);
            g.setComposite(plain);
        } else if (current != null) {
            g.drawImage(current, zone.x, zone.y, null);
        }
    }
}
