package com.storefront.signage.node.screen;

import java.awt.Rectangle;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;

/**
 * The {@code screen-render} thread's loop: at the display's refresh rate it paints the main zone (a
 * slide, a fade, or the video on air), the ticker and the clock into the back buffer and flips. A
 * picture that would come out the same as the last one (settled slide, no new video frame, same
 * minute, no ticker running) is not painted again, leaving the CPU to the video decoder and the
 * thread free to paint a switch the moment it is unparked.
 */
final class RenderLoop implements Runnable {
    // repainted now and then even when nothing changed, in case the window system lost the picture
    private static final long REFRESH_ANYWAY_NANOS = 250_000_000L;

    private final ScreenWindow window;
    private final ScreenLayout layout;
    private final StripPainter strip;
    private final Clock clock;
    private final AtomicReference<MainZone> main;
    private final AtomicReference<VideoOnAir> video;
    private final AtomicReference<ZoneId> storeZone;
    private volatile boolean running = true;

    /** What a painted picture showed; the same key again means the same picture. */
    private record Picture(MainZone main, VideoOnAir video, long videoFrames, long minute, ZoneId zone) {
    }

    RenderLoop(ScreenWindow window, ScreenLayout layout, StripPainter strip, Clock clock,
               AtomicReference<MainZone> main, AtomicReference<VideoOnAir> video, AtomicReference<ZoneId> storeZone) {
        this.storeZone = storeZone;
        this.window = window;
        this.layout = layout;
        this.strip = strip;
        this.clock = clock;
        this.main = main;
        this.video = video;
    }

    void stop() {
        running = false;
    }

    @Override
    public void run() {
        long frameNanos = Duration.ofSeconds(1).toNanos() / window.refreshRate();
        long next = System.nanoTime();
        Picture last = null;
        long lastPaintedAt = 0;
        boolean ticking = layout.ticker().height > 0 && !layout.tickerText().isBlank();
        while (running) {
            long now = System.nanoTime();
            MainZone zone = main.get();
            VideoOnAir playing = video.get();
            Picture picture = new Picture(zone, playing, playing == null ? -1 : playing.decoder().stats().frames(),
                    clock.instant().truncatedTo(ChronoUnit.MINUTES).getEpochSecond(), storeZone.get());
            boolean moving = ticking || zone.progress(now) < 1f || (playing != null && playing.fading(now));
            if (moving || !picture.equals(last) || now - lastPaintedAt > REFRESH_ANYWAY_NANOS) {
                if (paint(zone, playing)) {
                    playing.shown(System.nanoTime());
                }
                last = picture;
                lastPaintedAt = now;
            }
            next += frameNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                // a switch unparks this thread, so the new picture does not wait for the next tick
                LockSupport.parkNanos(sleep);
                if (Thread.interrupted()) {
                    return;
                }
                next = Math.min(next, System.nanoTime());
            } else {
                next = System.nanoTime(); // fell behind: do not try to catch up with a burst
            }
        }
    }

    /** Paints and flips one picture; true when it had the video in it. */
    private boolean paint(MainZone zone, VideoOnAir playing) {
        boolean[] videoPainted = {false};
        window.paint(g -> {
            long now = System.nanoTime();
            g.setColor(layout.background());
            g.fillRect(0, 0, layout.width(), layout.height());
            Rectangle box = layout.main();
            Runnable slide = () -> zone.paint(g, box, now);
            videoPainted[0] = playing != null && playing.ready() && playing.paint(g, box, slide, now);
            if (!videoPainted[0]) {
                slide.run();
            }
            strip.paintTicker(g, now);
            strip.paintClock(g, clock.instant(), storeZone.get());
        });
        return videoPainted[0];
    }
}
