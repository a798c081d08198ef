package com.storefront.signage.node.video;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.media.VideoTrackInfo;
import uk.co.caprica.vlcj.player.base.MediaPlayer;
import uk.co.caprica.vlcj.player.base.MediaPlayerEventAdapter;
import uk.co.caprica.vlcj.player.embedded.EmbeddedMediaPlayer;
import uk.co.caprica.vlcj.player.embedded.videosurface.CallbackVideoSurface;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormat;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.BufferFormatCallbackAdapter;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.RenderCallback;
import uk.co.caprica.vlcj.player.embedded.videosurface.callback.format.RV32BufferFormat;

/**
 * Decodes a media file with the machine's libvlc (through vlcj) into memory, for an output to draw.
 * A media can be played at once ({@link #play}) or cued ({@link #cue}): loaded and paused on its
 * first decoded frame, so that {@link #resume} shows video without waiting for libvlc to open the
 * file, start its decoder and create its video output (about 100-300 ms for 1080p H.264).
 *
 * <p>Threading contract: libvlc calls the format and display callbacks on its own decoder thread;
 * they only copy pixels into {@link VideoFrames} and bump counters. The pause on a cued media's first
 * frame is handed to vlcj's per-player task thread ({@code MediaPlayer.submit}), never done on
 * libvlc's callback thread; so is a {@link #stopSoon}. libvlc's events (end of media, errors) arrive on
 * vlcj's native event thread, which must not call back into libvlc; they, and every {@link VideoListener}
 * call, are handed to this decoder's single {@code video-events} thread. {@code play}, {@code cue},
 * {@code resume}, {@code stop} and {@code close} are meant for one controlling thread (an output's
 * playback thread); the read methods may be called from any thread.
 */
public final class VideoDecoder implements AutoCloseable {
    private static final long STOP_WAIT_SECONDS = 5;

    private final MediaPlayerFactory factory;
    private final boolean ownsFactory;
    private final EmbeddedMediaPlayer player;
    private final VideoFrames frames = new VideoFrames();
    private final PlaybackClock clock = new PlaybackClock();
    private final List<VideoListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "video-events");
        t.setDaemon(true);
        return t;
    });
    private final Lifecycle life = new Lifecycle();
    // pairs a cue's pause with its resume, so the two reach libvlc in the order they were decided
    private final Object control = new Object();
    private volatile String media = "";
    private CompletableFuture<Void> stopping = CompletableFuture.completedFuture(null);

    VideoDecoder(MediaPlayerFactory factory, boolean ownsFactory) {
        this.factory = factory;
        this.ownsFactory = ownsFactory;
        this.player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        CallbackVideoSurface surface = factory.videoSurfaces().newVideoSurface(new Format(), new Render(), true);
        player.videoSurface().set(surface);
        player.events().addMediaPlayerEventListener(new MediaPlayerEventAdapter() {
            @Override
            public void finished(MediaPlayer mediaPlayer) {
                ended();
            }

            @Override
            public void error(MediaPlayer mediaPlayer) {
                failed("libvlc could not open or decode it");
            }
        });
    }

    /**
     * Finds libvlc and starts a decoder with a libvlc instance of its own, released on {@link #close}.
     * A {@link VideoDeck} shares one instance between its decoders instead.
     *
     * @throws IllegalStateException when libvlc is not installed, naming the Debian packages it needs
     */
    public static VideoDecoder open() {
        return new VideoDecoder(Libvlc.newFactory(), true);
    }

    public void addListener(VideoListener listener) {
        listeners.add(listener);
    }

    public void removeListener(VideoListener listener) {
        listeners.remove(listener);
    }

    /** Starts playing {@code file} from the beginning, once; counters restart. False when libvlc refused the media. */
    public boolean play(Path file) {
        return load(file, 1, false);
    }

    /** Plays {@code file} {@code passes} times in a row: libvlc repeats the input itself, without a gap. */
    public boolean play(Path file, int passes) {
        return load(file, passes, false);
    }

    /**
     * Loads {@code file} and pauses on its first decoded frame, which is then in memory ({@link #hasFrame});
     * listeners get {@code firstFrame} at that moment. {@link #resume} plays on from there.
     */
    public boolean cue(Path file, int passes) {
        return load(file, passes, true);
    }

    /**
     * Plays a cued media on from its first frame. If the first frame has not arrived yet the media simply
     * plays as soon as it can. False when nothing is cued (never cued, failed, or stopped).
     */
    public boolean resume() {
        synchronized (control) {
            if (life.transition(DecoderState.CUEING, DecoderState.PLAYING)) {
                // the pause queued for the first frame finds PLAYING and lets it run
                clock.resumed();
                return true;
            }
            if (life.transition(DecoderState.CUED, DecoderState.PLAYING)) {
                clock.resumed();
                player.controls().setPause(false);
                return true;
            }
            return false;
        }
    }

    /** Stops playback and waits for libvlc to finish stopping; the last frame stays drawable. */
    public void stop() {
        stopSoon();
        awaitStopped();
    }

    /**
     * Stops playback on vlcj's task thread and returns at once (libvlc takes tens of milliseconds to stop,
     * which must not delay a switch); the next {@code play} or {@code cue} waits for it.
     */
    public void stopSoon() {
        life.stopped();
        CompletableFuture<Void> done = new CompletableFuture<>();
        stopping = done;
        player.submit(() -> {
            try {
                player.controls().stop();
            } finally {
                done.complete(null);
            }
        });
    }

    public DecoderState state() {
        return life.state();
    }

    /** Why the media could not be played, when {@link #state()} is {@code FAILED}; else null. */
    public String failure() {
        return life.failure();
    }

    /** The media last loaded, as libvlc was given it. */
    public String media() {
        return media;
    }

    public VideoStats stats() {
        return clock.stats();
    }

    /** Whether a frame of the current media is in memory, ready to draw. */
    public boolean hasFrame() {
        return frames.hasFrame();
    }

    /** Draws the latest whole frame into the box, scaled; false before the first frame. Any thread. */
    public boolean drawTo(Graphics2D g, int x, int y, int width, int height) {
        return frames.drawTo(g, x, y, width, height);
    }

    /** A copy of the latest whole frame, or null before the first. */
    public BufferedImage snapshot() {
        return frames.snapshot();
    }

    /** Stops playback and frees the native player (and libvlc instance, if its own); waits briefly for pending events. */
    @Override
    public void close() {
        try {
            awaitStopped();
        } catch (IllegalStateException e) {
            // closing anyway: the synchronous stop below is the last word
        }
        player.controls().stop();
        player.release();
        if (ownsFactory) {
            factory.release();
        }
        events.shutdown();
        try {
            events.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private boolean load(Path file, int passes, boolean paused) {
        if (passes < 1) {
            throw new IllegalArgumentException("passes must be at least 1, was " + passes);
        }
        awaitStopped();
        if (life.state() != DecoderState.IDLE) {
            // a synchronous stop: no frame of the previous media may arrive after the counters restart
            player.controls().stop();
        }
        frames.clear();
        media = file.toAbsolutePath().toString();
        life.load(paused);
        clock.restart();
        boolean accepted = passes == 1 ? player.media().play(media) : player.media().play(media, ":input-repeat=" + (passes - 1));
        if (!accepted) {
            failed("libvlc refused it");
        }
        return accepted;
    }

    private void awaitStopped() {
        try {
            stopping.get(STOP_WAIT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException | TimeoutException e) {
            throw new IllegalStateException("libvlc did not stop " + media + " within " + STOP_WAIT_SECONDS + " s", e);
        }
    }

    /** On vlcj's task thread, after the first frame of a cued media. */
    private void pauseOnFirstFrame(int loaded) {
        synchronized (control) {
            if (loaded == life.generation() && life.transition(DecoderState.CUEING, DecoderState.CUED)) {
                player.controls().setPause(true);
            }
        }
    }

    /** On vlcj's native event thread: a media that ends without a single picture could not be decoded. */
    private void ended() {
        clock.finish();
        VideoStats stats = clock.stats();
        if (stats.frames() == 0) {
            failed("no picture could be decoded from it (corrupt, truncated or not a video)");
        } else if (life.end()) {
            events.execute(() -> listeners.forEach(l -> l.finished(new MediaFinishedEvent(stats))));
        }
    }

    private void failed(String reason) {
        String failedMedia = media;
        if (life.fail(failedMedia + ": " + reason)) {
            events.execute(() -> listeners.forEach(l -> l.error(new VideoErrorEvent(failedMedia, reason))));
        }
    }

    /** On libvlc's thread; may be called again mid-stream with a new size. */
    private final class Format extends BufferFormatCallbackAdapter {
        @Override
        public BufferFormat getBufferFormat(int sourceWidth, int sourceHeight) {
            return new RV32BufferFormat(sourceWidth, sourceHeight);
        }

        @Override
        public void newFormatSize(int bufferWidth, int bufferHeight, int displayWidth, int displayHeight) {
            // libvlc 3 hands over the decoder's padded size (a 320x240 H.264 clip arrives as 320x258);
            // the track's own size is the picture, so crop to it when the demuxer knows it
            int width = displayWidth;
            int height = displayHeight;
            for (VideoTrackInfo track : player.media().info().videoTracks()) {
                if (track.width() > 0 && track.height() > 0) {
                    width = Math.min(width, track.width());
                    height = Math.min(height, track.height());
                    break;
                }
            }
            frames.resize(bufferWidth, width, height);
            clock.size(width, height);
        }
    }

    /** On libvlc's thread: copy, count, and hand the first-frame notice (and a cue's pause) off. */
    private final class Render implements RenderCallback {
        @Override
        public void lock(MediaPlayer mediaPlayer) {
        }

        @Override
        public void display(MediaPlayer mediaPlayer, ByteBuffer[] nativeBuffers, BufferFormat format, int displayWidth,
                            int displayHeight) {
            DecoderState now = life.state();
            if (now == DecoderState.CUED) {
                // paused: libvlc keeps redisplaying the picture it holds (and one more already queued);
                // the first frame stays in front, and nothing counts until the media is resumed
                return;
            }
            frames.write(nativeBuffers[0]);
            Duration latency = clock.frame();
            if (latency != null) {
                if (now == DecoderState.CUEING) {
                    int loaded = life.generation();
                    mediaPlayer.submit(() -> pauseOnFirstFrame(loaded));
                }
                FirstFrameEvent first = new FirstFrameEvent(stats().width(), stats().height(), latency);
                events.execute(() -> listeners.forEach(l -> l.firstFrame(first)));
            }
        }

        @Override
        public void unlock(MediaPlayer mediaPlayer) {
        }
    }
}
