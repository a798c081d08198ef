package com.storefront.signage.node.screen;

import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.play.VideoClip;
import com.storefront.signage.node.play.VideoOutput;
import com.storefront.signage.node.video.VideoDeck;
import com.storefront.signage.node.video.VideoDecoder;
import com.storefront.signage.node.video.VideoErrorEvent;
import com.storefront.signage.node.video.VideoListenerAdapter;
import java.awt.Canvas;
import java.awt.GraphicsEnvironment;
import java.awt.Rectangle;
import java.awt.image.BufferStrategy;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Consumer;

/**
 * An HD screen: an undecorated window split into a main zone, a ticker strip and a clock.
 *
 * <p>Threading contract: {@link #show} and the {@link #video()} calls come from the player's playback
 * thread; {@code show} scales the finished frame to the main zone there, then swaps one immutable
 * {@link MainZone} into an atomic reference, and a video start swaps a {@link VideoOnAir} in the same
 * way, and unparks the render thread. Only the {@code screen-render} thread ({@link RenderLoop}) touches
 * the window's buffers: at most at the display's refresh rate it paints the state it finds (blending
 * during a fade) into the back buffer and flips. Video frames come
 * from the on-air {@link VideoDecoder}'s own double buffer, read under its short lock.
 *
 * <p>Transitions: between different items the configured fade, also from a slide into a video (the
 * video fades in from its first frame on screen) and from a video into a slide (from the video's last
 * frame, copied at the switch); from one video into the next it cuts, so a cued video is on screen at
 * the next refresh and two moving pictures are never blended. A re-render of the same item cuts.
 */
public final class ScreenOutput implements FrameOutput, AutoCloseable {
    /** Double-buffered: drawing happens off screen, then the whole picture is shown at once. */
    public static final int BUFFERS = 2;

    private final ScreenLayout layout;
    private final Transition fade;
    private final ScreenWindow window;
    private final AtomicReference<MainZone> main = new AtomicReference<>(MainZone.EMPTY);
    private final AtomicReference<VideoOnAir> video = new AtomicReference<>();
    /** The clock shows the store's time, not the player's system zone (set from each manifest). */
    private final AtomicReference<ZoneId> storeZone;
    private final VideoDeck deck = new VideoDeck();
    private final Video videoOutput = new Video();
    private final RenderLoop renderLoop;
    private final Thread renderThread;
    private volatile Consumer<String> failures = problem -> {
    };
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
        this.window = ScreenWindow.open(layout, BUFFERS);
        deck.addListener(new VideoListenerAdapter() {
            @Override
            public void error(VideoErrorEvent event) {
                failures.accept(event.media() + ": " + event.reason());
            }
        });
        this.storeZone = new AtomicReference<>(layout.zone());
        this.renderLoop = new RenderLoop(window, layout, new StripPainter(layout), clock, main, video, storeZone);
        this.renderThread = new Thread(renderLoop, "screen-render");
        renderThread.setDaemon(true);
        renderThread.start();
    }

    @Override
    public void storeZone(ZoneId zone) {
        storeZone.set(zone);
    }

    /** The zone the clock strip shows. */
    public ZoneId clockZone() {
        return storeZone.get();
    }

    @Override
    public void show(BufferedImage frame, FrameInfo info) {
        boolean sameItem = FrameInfo.ITEM.equals(info.kind()) && Objects.equals(info.itemId(), lastItem);
        lastItem = FrameInfo.ITEM.equals(info.kind()) ? info.itemId() : null;
        show(frame, sameItem ? Transition.CUT : fade);
    }

    /** Shows a frame with the given transition, ending a video; the frame is scaled here, before the switch. */
    public void show(BufferedImage frame, Transition how) {
        BufferedImage scaled = fit(frame);
        VideoOnAir playing = video.get();
        BufferedImage lastVideoFrame = playing == null ? null : playing.decoder().snapshot();
        long now = System.nanoTime();
        if (lastVideoFrame != null) {
            // the slide comes in over the video's last frame, not over whatever was there before the video
            main.set(new MainZone(fit(lastVideoFrame), scaled, how, now));
        } else {
            main.updateAndGet(state -> state.next(scaled, how, now));
        }
        if (playing != null) {
            video.set(null);
            deck.stop();
        }
        LockSupport.unpark(renderThread);
    }

    @Override
    public VideoOutput video() {
        return videoOutput;
    }

    /** Plays a video once in the main zone instead of the frames, until {@link #stopVideo()} or the next frame. */
    public VideoDecoder playVideo(Path file) {
        start(file, 1, Transition.CUT).ifPresent(problem -> {
            throw new IllegalStateException(problem);
        });
        return deck.onAir();
    }

    public void stopVideo() {
        video.set(null);
        deck.stop();
    }

    /** Whether a cued clip holds its first frame, so the next {@code video().play} shows it at the next refresh. Playback thread. */
    public boolean videoCued() {
        return deck.cueReady();
    }

    /**
     * When the render thread first flipped a picture with the current video's frame in it
     * ({@link System#nanoTime()}): with a cut, the video itself; with a fade, the first step of its
     * fade-in. Empty before that, and when no video plays.
     */
    public OptionalLong videoOnScreenSince() {
        VideoOnAir playing = video.get();
        long at = playing == null ? 0 : playing.shownAt().get();
        return at == 0 ? OptionalLong.empty() : OptionalLong.of(at);
    }

    private Optional<String> start(Path file, int passes, Transition how) {
        VideoOnAir before = video.get();
        Optional<String> problem = deck.start(file, passes);
        if (problem.isPresent()) {
            return problem;
        }
        VideoDecoder next = deck.onAir();
        if (before != null && !next.hasFrame()) {
            // a cold start takes a moment: hold the outgoing video's last frame rather than an older slide
            BufferedImage last = before.decoder().snapshot();
            if (last != null) {
                main.set(new MainZone(null, fit(last), Transition.CUT, System.nanoTime()));
            }
        }
        video.set(new VideoOnAir(next, before != null ? Transition.CUT : how));
        LockSupport.unpark(renderThread);
        return Optional.empty();
    }

    private BufferedImage fit(BufferedImage frame) {
        return Letterbox.fit(frame, layout.main().getSize(), layout.background());
    }

    /** {@link VideoOutput} of this screen, through its {@link VideoDeck}; playback thread only. */
    private final class Video implements VideoOutput {
        @Override
        public void cue(VideoClip clip) {
            deck.cue(clip.file(), clip.passes());
        }

        @Override
        public Optional<String> play(VideoClip clip, FrameInfo info) {
            boolean sameItem = Objects.equals(info.itemId(), lastItem);
            Optional<String> problem = start(clip.file(), clip.passes(), sameItem ? Transition.CUT : fade);
            if (problem.isEmpty()) {
                lastItem = info.itemId();
            }
            return problem;
        }

        @Override
        public void stop() {
            stopVideo();
        }

        @Override
        public void onFailure(Consumer<String> listener) {
            failures = listener;
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

    @Override
    public void close() {
        renderLoop.stop();
        renderThread.interrupt();
        try {
            renderThread.join(2000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        video.set(null);
        deck.close();
        window.close();
    }
}
