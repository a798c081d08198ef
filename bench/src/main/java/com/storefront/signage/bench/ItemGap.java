package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * The gap between consecutive image items on an HD screen: from the instant the current item's
 * time is up to the next item's frame reaching {@link FrameOutput#show}, on one playback thread
 * that waits out each item the way {@code Player.holdWhileCurrent} does (millisecond
 * {@code Object.wait}). Two hand-overs:
 * <ul>
 *   <li>{@link Mode#PREPARED}: the next frame is rendered while the current one is on screen and
 *       only handed over at the boundary, which is what the player does ({@code Player.prepareNext});</li>
 *   <li>{@link Mode#RENDER_AT_SWITCH}: the next slide is rendered when the boundary comes, as the
 *       player did before it rendered ahead: shown for comparison.</li>
 * </ul>
 * The output only records {@code System.nanoTime()}: a real screen's copy or vsync wait is not in it.
 */
final class ItemGap {
    enum Mode { PREPARED, RENDER_AT_SWITCH }

    private ItemGap() {
    }

    static Percentiles run(SlideRenderer renderer, List<SlideSpec> slides, MediaSource media, Mode mode,
                           int items, long itemMillis) throws InterruptedException {
        long[] gaps = new long[items];
        Thread playback = new Thread(() -> loop(renderer, slides, media, mode, items, itemMillis, gaps), "bench-playback");
        playback.start();
        playback.join();
        return Percentiles.of(gaps);
    }

    private static void loop(SlideRenderer renderer, List<SlideSpec> slides, MediaSource media, Mode mode,
                             int items, long itemMillis, long[] gaps) {
        Recording output = new Recording();
        Object changed = new Object();
        BufferedImage current = renderer.render(slides.get(0), DisplayClass.HD_LANDSCAPE, media);
        output.show(current, null);
        long boundary = System.nanoTime() + itemMillis * 1_000_000;
        for (int i = 1; i <= items; i++) {
            SlideSpec next = slides.get(i % slides.size());
            BufferedImage prepared = mode == Mode.PREPARED ? renderer.render(next, DisplayClass.HD_LANDSCAPE, media) : null;
            hold(changed, boundary);
            BufferedImage frame = prepared != null ? prepared : renderer.render(next, DisplayClass.HD_LANDSCAPE, media);
            output.show(frame, null);
            gaps[i - 1] = output.lastShownAt - boundary;
            current = frame;
            boundary += itemMillis * 1_000_000;
        }
    }

    /** As {@code Player.holdWhileCurrent}: millisecond waits on a monitor until the deadline has passed. */
    private static void hold(Object changed, long deadlineNanos) {
        long deadline = (deadlineNanos + 999_999) / 1_000_000;
        while (true) {
            long left = deadline - System.nanoTime() / 1_000_000;
            if (left <= 0) {
                return;
            }
            synchronized (changed) {
                try {
                    changed.wait(Math.min(left, 1000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }
    }

    /** A screen that only notes when each frame arrived. */
    private static final class Recording implements FrameOutput {
        long lastShownAt;

        @Override
        public void show(BufferedImage frame, FrameInfo info) {
            lastShownAt = System.nanoTime();
        }
    }
}
