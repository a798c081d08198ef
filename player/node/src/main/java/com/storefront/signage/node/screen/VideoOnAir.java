package com.storefront.signage.node.screen;

import com.storefront.signage.node.video.VideoDecoder;
import com.storefront.signage.node.video.VideoStats;
import java.awt.AlphaComposite;
import java.awt.Composite;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The video in the main zone: its decoder, how it comes in, and when its first frame was first on
 * screen (the fade-in counts from there, so a video that starts late still fades in whole).
 * Swapped whole into an atomic reference by the playback thread; painted by the render thread.
 */
record VideoOnAir(VideoDecoder decoder, Transition fadeIn, AtomicLong shownAt) {
    VideoOnAir(VideoDecoder decoder, Transition fadeIn) {
        this(decoder, fadeIn, new AtomicLong());
    }

    /** Whether there is a frame to paint yet; until then the zone keeps what it showed. */
    boolean ready() {
        return shownAt.get() != 0 || decoder.hasFrame();
    }

    /**
     * Paints the video letterboxed into the zone, over what {@code under} paints while it fades in.
     * False when the decoder has nothing to draw.
     */
    boolean paint(Graphics2D g, Rectangle zone, Runnable under, long now) {
        long since = shownAt.get();
        float alpha = since == 0 ? 0f : fadeIn.progress(now - since);
        if (fadeIn.kind() == Transition.Kind.CUT) {
            alpha = 1f;
        }
        if (alpha < 1f) {
            under.run();
        }
        VideoStats stats = decoder.stats();
        Rectangle box = Letterbox.box(stats.width(), stats.height(), zone);
        Composite plain = g.getComposite();
        if (alpha < 1f) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, alpha));
        }
        boolean drawn = decoder.drawTo(g, box.x, box.y, box.width, box.height);
        g.setComposite(plain);
        return drawn;
    }

    /** Whether its fade-in is still to come or under way: each refresh then paints a different picture. */
    boolean fading(long now) {
        if (!ready()) {
            return false;
        }
        long since = shownAt.get();
        return since == 0 || (fadeIn.kind() == Transition.Kind.FADE && fadeIn.progress(now - since) < 1f);
    }

    /** After the render thread flipped a picture with this video in it. */
    void shown(long nanos) {
        shownAt.compareAndSet(0, nanos);
    }
}
