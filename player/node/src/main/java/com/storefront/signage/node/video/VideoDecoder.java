package com.storefront.signage.node.video;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;
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
 * Decodes a media file with the machine's libvlc (through vlcj) into memory, for the screen output to draw.
 *
 * <p>Threading contract: libvlc calls the format and display callbacks on its own decoder thread;
 * they only copy pixels into {@link VideoFrames} and bump counters. libvlc's events (end of media,
 * errors) arrive on vlcj's native event thread, which must not call back into libvlc; they, and every
 * {@link VideoListener} call, are handed to this decoder's single {@code video-events} thread.
 * {@code play}, {@code close} and the read methods may be called from any thread except a listener's
 * {@code close()}.
 */
public final class VideoDecoder implements AutoCloseable {
    /** No window system and no sound: frames go to memory only, so this works under a headless JVM too. */
    static final String[] LIBVLC_OPTIONS = {"--no-audio", "--no-xlib", "--quiet", "--intf=dummy"};

    private final MediaPlayerFactory factory;
    private final EmbeddedMediaPlayer player;
    private final VideoFrames frames = new VideoFrames();
    private final PlaybackClock clock = new PlaybackClock();
    private final List<VideoListener> listeners = new CopyOnWriteArrayList<>();
    private final ExecutorService events = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "video-events");
        t.setDaemon(true);
        return t;
    });
    private volatile String media = "";

    private VideoDecoder(MediaPlayerFactory factory) {
        this.factory = factory;
        this.player = factory.mediaPlayers().newEmbeddedMediaPlayer();
        CallbackVideoSurface surface = factory.videoSurfaces().newVideoSurface(new Format(), new Render(), true);
        player.videoSurface().set(surface);
        player.events().addMediaPlayerEventListener(new MediaPlayerEventAdapter() {
            @Override
            public void finished(MediaPlayer mediaPlayer) {
                clock.finish();
                VideoStats stats = clock.stats();
                events.execute(() -> listeners.forEach(l -> l.finished(new MediaFinishedEvent(stats))));
            }

            @Override
            public void error(MediaPlayer mediaPlayer) {
                String failed = media;
                events.execute(() -> listeners.forEach(l -> l.error(new VideoErrorEvent(failed))));
            }
        });
    }

    /**
     * Finds libvlc and starts a decoder.
     *
     * @throws IllegalStateException when libvlc is not installed, naming the Debian packages it needs
     */
    public static VideoDecoder open() {
        if (!new NativeDiscovery().discover()) {
            throw new IllegalStateException("libvlc not found: install libvlc 3.x (Debian: apt-get install libvlc5 "
                    + "vlc-plugin-base) or run scripts/require-tools.sh");
        }
        return new VideoDecoder(new MediaPlayerFactory(LIBVLC_OPTIONS));
    }

    public void addListener(VideoListener listener) {
        listeners.add(listener);
    }

    public void removeListener(VideoListener listener) {
        listeners.remove(listener);
    }

    /** Starts playing {@code file} from the beginning; counters restart. False when libvlc refused the media. */
    public boolean play(Path file) {
        media = file.toAbsolutePath().toString();
        clock.restart();
        return player.media().play(media);
    }

    public VideoStats stats() {
        return clock.stats();
    }

    /** Draws the latest whole frame into the box, scaled; false before the first frame. Any thread. */
    public boolean drawTo(Graphics2D g, int x, int y, int width, int height) {
        return frames.drawTo(g, x, y, width, height);
    }

    /** A copy of the latest whole frame, or null before the first. */
    public BufferedImage snapshot() {
        return frames.snapshot();
    }

    /** Stops playback and frees the native player and libvlc instance; waits briefly for pending events. */
    @Override
    public void close() {
        player.controls().stop();
        player.release();
        factory.release();
        events.shutdown();
        try {
            events.awaitTermination(1, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
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

    /** On libvlc's thread: copy, count, and hand the first-frame notice off. */
    private final class Render implements RenderCallback {
        @Override
        public void lock(MediaPlayer mediaPlayer) {
        }

        @Override
        public void display(MediaPlayer mediaPlayer, ByteBuffer[] nativeBuffers, BufferFormat format, int displayWidth,
                            int displayHeight) {
            frames.write(nativeBuffers[0]);
            Duration latency = clock.frame();
            if (latency != null) {
                FirstFrameEvent first = new FirstFrameEvent(stats().width(), stats().height(), latency);
                events.execute(() -> listeners.forEach(l -> l.firstFrame(first)));
            }
        }

        @Override
        public void unlock(MediaPlayer mediaPlayer) {
        }
    }
}
