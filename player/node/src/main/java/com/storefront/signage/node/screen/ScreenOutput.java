package com.storefront.signage.node.screen;

import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.video.VideoDecoder;
import java.awt.Canvas;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferStrategy;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;

/**
 * An HD screen: an undecorated window split into a main zone, a ticker strip and a clock.
 *
 * <p>Threading contract: {@link #show} is called on the player's playback thread; it scales the
 * finished frame to the main zone there, then swaps one immutable {@link MainZone} into an atomic
 * reference. Only the {@code screen-render} thread touches the window's buffers: at the display's
 * refresh rate it paints the zone state it finds (blending during a fade) into the back buffer and
 * flips. Video frames come from {@link VideoDecoder}'s own double buffer, read under its short lock.
 */
public final class ScreenOutput implements FrameOutput, AutoCloseable {
    /** Double-buffered: drawing happens off screen, then the whole picture is shown at once. */
    public static final int BUFFERS = 2;

    private final ScreenLayout layout;
    private final Transition fade;
    private final Clock clock;
    private final ScreenWindow window;
    private final StripPainter strip;
    private final AtomicReference<MainZone> main = new AtomicReference<>(MainZone.EMPTY);
    private final AtomicReference<VideoDecoder> video = new AtomicReference<>();
    private final Thread renderThread;
    private volatile boolean running = true;
    private String lastItem;

    /**
     * Opens the window, full screen when the layout has the screen's size.
     *
     * @param fade transition between different items; a re-render of the same item cuts
     * @throws IllegalStateException when there is no display (a headless JVM or no DISPLAY)
     */
    public ScreenOutput(ScreenLayout layout, Transition fade, Clock clock) {
        if (GraphicsEnvironment.isHeadless()) {
            throw new IllegalStateException("ScreenOutput needs a display: this JVM is headless (java.awt.headless=true "
                    + "or no DISPLAY); tests get one from ./test.sh, which runs Maven under xvfb-run");
        }
        this.layout = layout;
        this.fade = fade;
        this.clock = clock;
        this.strip = new StripPainter(layout);
        this.window = ScreenWindow.open(layout, BUFFERS);
        this.renderThread = new Thread(this::renderLoop, "screen-render");
        renderThread.setDaemon(true);
        renderThread.start();
    }

    @Override
    public void show(BufferedImage frame, FrameInfo info) {
        boolean sameItem = FrameInfo.ITEM.equals(info.kind()) && Objects.equals(info.itemId(), lastItem);
        lastItem = FrameInfo.ITEM.equals(info.kind()) ? info.itemId() : null;
        show(frame, sameItem ? Transition.CUT : fade);
    }

    /** Shows a frame with the given transition; the frame is scaled here, before the switch. */
    public void show(BufferedImage frame, Transition how) {
        BufferedImage scaled = Letterbox.fit(frame, layout.main().getSize(), layout.background());
        long now = System.nanoTime();
        main.updateAndGet(state -> state.next(scaled, how, now));
    }

    /** Plays a video in the main zone instead of the frames, until {@link #stopVideo()}. */
    public VideoDecoder playVideo(Path file) {
        VideoDecoder decoder = VideoDecoder.open();
        decoder.play(file);
        VideoDecoder old = video.getAndSet(decoder);
        if (old != null) {
            old.close();
        }
        return decoder;
    }

    public void stopVideo() {
        VideoDecoder old = video.getAndSet(null);
        if (old != null) {
            old.close();
        }
    }

    /** The window's position on screen, for screenshots. */
    public Rectangle bounds() {
        return window.bounds();
    }

    public BufferStrategy bufferStrategy() {
        return window.strategy();
    }

    public Canvas canvas() {
        return window.canvas();
    }

    private void renderLoop() {
        long frameNanos = Duration.ofSeconds(1).toNanos() / window.refreshRate();
        long next = System.nanoTime();
        while (running) {
            window.paint(g -> {
                long now = System.nanoTime();
                g.setColor(layout.background());
                g.fillRect(0, 0, layout.width(), layout.height());
                VideoDecoder decoder = video.get();
                Rectangle zone = layout.main();
                if (decoder == null || !decoder.drawTo(g, zone.x, zone.y, zone.width, zone.height)) {
                    main.get().paint(g, zone, now);
                }
                strip.paintTicker(g, now);
                strip.paintClock(g, clock.instant(), layout.zone());
            });
            next += frameNanos;
            long sleep = next - System.nanoTime();
            if (sleep > 0) {
                try {
                    Thread.sleep(sleep / 1_000_000, (int) (sleep % 1_000_000));
                } catch (InterruptedException e) {
                    return;
                }
            } else {
                next = System.nanoTime(); // fell behind: do not try to catch up with a burst
            }
        }
    }

    @Override
    public void close() {
        running = false;
        renderThread.interrupt();
        try {
            renderThread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        stopVideo();
        window.close();
    }
}
