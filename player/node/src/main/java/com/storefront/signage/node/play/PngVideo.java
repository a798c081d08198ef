package com.storefront.signage.node.play;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.node.video.DecoderState;
import com.storefront.signage.node.video.VideoDeck;
import com.storefront.signage.node.video.VideoDecoder;
import com.storefront.signage.node.video.VideoErrorEvent;
import com.storefront.signage.node.video.VideoListenerAdapter;
import java.awt.Dimension;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.logging.Logger;

/**
 * Video for the headless PNG output: the clip plays through a {@link VideoDeck} (libvlc without a
 * window), and a writer thread puts its first frame into {@code current.png} as soon as it is decoded,
 * then one frame a second: enough for a person or a test to see the video, without encoding a PNG
 * for every one of its frames.
 *
 * <p>Threading: {@code cue}, {@code play}, {@code end} and {@code close} on the playback thread; frames
 * are encoded and written on the {@code png-video} thread, which writes only while its video is the one
 * on screen (the output's write lock decides between it and the next slide).
 */
final class PngVideo implements VideoOutput {
    private static final Logger LOG = Logger.getLogger(PngVideo.class.getName());
    private static final long POLL_MILLIS = 40;
    private static final long FRAME_EVERY_NANOS = 1_000_000_000L;

    private final PngDirectoryOutput output;
    private final VideoDeck deck = new VideoDeck();
    private ScheduledExecutorService writer;
    private ScheduledFuture<?> writing;
    private volatile Session session;
    private volatile Consumer<String> failures = problem -> {
    };

    /** One video on screen; its fields are the writer thread's after construction. */
    private static final class Session {
        final VideoDecoder decoder;
        final FrameInfo info;
        long writtenAt;
        boolean written;
        boolean lastWritten;

        Session(VideoDecoder decoder, FrameInfo info) {
            this.decoder = decoder;
            this.info = info;
        }
    }

    PngVideo(PngDirectoryOutput output) {
        this.output = output;
        deck.addListener(new VideoListenerAdapter() {
            @Override
            public void error(VideoErrorEvent event) {
                failures.accept(event.media() + ": " + event.reason());
            }
        });
    }

    @Override
    public void cue(VideoClip clip) {
        deck.cue(clip.file(), clip.passes());
    }

    @Override
    public Optional<String> play(VideoClip clip, FrameInfo info) {
        Optional<String> problem = deck.start(clip.file(), clip.passes());
        if (problem.isPresent()) {
            return problem;
        }
        session = new Session(deck.onAir(), info);
        if (writer == null) {
            writer = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "png-video");
                t.setDaemon(true);
                return t;
            });
        }
        if (writing == null) {
            writing = writer.scheduleWithFixedDelay(this::writeFrame, 0, POLL_MILLIS, TimeUnit.MILLISECONDS);
        }
        return Optional.empty();
    }

    @Override
    public void stop() {
        end();
    }

    @Override
    public void onFailure(Consumer<String> listener) {
        failures = listener;
    }

    /** The video, if one plays, leaves the screen: no frame of it is written after this returns. */
    void end() {
        if (session == null) {
            return;
        }
        session = null;
        if (writing != null) {
            writing.cancel(false);
            writing = null;
        }
        deck.stop();
    }

    void close() {
        end();
        if (writer != null) {
            writer.shutdownNow();
        }
        deck.close();
    }

    /** The frame as the screen would show it: scaled into the display class's size (or the slides'), centred, black bars. */
    private BufferedImage letterboxed(BufferedImage frame, FrameInfo info) {
        Dimension screen = info.displayClass() == null ? output.size() : DisplayClass.find(info.displayClass())
                .map(c -> new Dimension(c.width(), c.height())).orElse(output.size());
        if (screen == null || (screen.width == frame.getWidth() && screen.height == frame.getHeight())) {
            return frame;
        }
        double scale = Math.min(screen.width / (double) frame.getWidth(), screen.height / (double) frame.getHeight());
        int w = (int) Math.round(frame.getWidth() * scale);
        int h = (int) Math.round(frame.getHeight() * scale);
        BufferedImage out = new BufferedImage(screen.width, screen.height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.drawImage(frame, (screen.width - w) / 2, (screen.height - h) / 2, w, h, null);
        g.dispose();
        return out;
    }

    /** On the writer thread. */
    private void writeFrame() {
        Session s = session;
        if (s == null || !s.decoder.hasFrame()) {
            return;
        }
        long now = System.nanoTime();
        // read before the snapshot: a clip that has ended holds its last frame, written once more, then no more
        boolean ended = s.decoder.state() == DecoderState.ENDED;
        if (s.written && (s.lastWritten || (!ended && now - s.writtenAt < FRAME_EVERY_NANOS))) {
            return;
        }
        BufferedImage frame = s.decoder.snapshot();
        if (frame == null) {
            return;
        }
        try {
            output.writeIf(() -> session == s, PngDirectoryOutput.encode(letterboxed(frame, s.info)), s.info);
            s.written = true;
            s.writtenAt = now;
            s.lastWritten = ended;
        } catch (IOException | RuntimeException e) {
            // a scheduled task that throws is never run again; log and try the next frame
            LOG.warning("cannot write a video frame: " + e.getMessage());
        }
    }
}
