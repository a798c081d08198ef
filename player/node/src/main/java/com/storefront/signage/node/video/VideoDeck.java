package com.storefront.signage.node.video;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Logger;
import uk.co.caprica.vlcj.factory.MediaPlayerFactory;

/**
 * Two decoders on one libvlc instance, taking turns: one on air, the other cued with the next clip and
 * paused on its first frame, so that starting the next video is only an unpause and its first frame is
 * already in memory. Creating the libvlc instance is the slow part of a cold start, so it is made once,
 * on first use; when libvlc is missing that is said once, and every start answers why it cannot play.
 *
 * <p>Threading contract: {@code cue}, {@code start}, {@code stop} and {@code close} come from one
 * controlling thread (an output's playback thread); {@link #onAir()} may be read from any thread (a
 * render thread draws it). Listeners hear only the on-air decoder, on that decoder's event thread; a
 * cued clip that cannot play is reported by {@code start}.
 */
public final class VideoDeck implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(VideoDeck.class.getName());

    private final List<VideoListener> listeners = new CopyOnWriteArrayList<>();
    private MediaPlayerFactory factory;
    private VideoDecoder[] decoders;
    private String unavailable;
    private volatile VideoDecoder onAir;
    private VideoDecoder cued;
    private Path cuedFile;
    private int cuedPasses;

    /** Events of whichever decoder is on air when they happen. */
    public void addListener(VideoListener listener) {
        listeners.add(listener);
    }

    /** Whether libvlc could be loaded; loads it on first call. */
    public boolean available() {
        return decoders() != null;
    }

    /**
     * Loads {@code file} on the decoder that is not on air and pauses it on its first frame. Does nothing
     * when libvlc is missing; a file that cannot be played is reported when it is started.
     */
    public void cue(Path file, int passes) {
        VideoDecoder idle = idle();
        if (idle == null) {
            return;
        }
        idle.cue(file, passes);
        cued = idle;
        cuedFile = file;
        cuedPasses = passes;
    }

    /**
     * Puts {@code file} on air: the cued decoder resumes when it holds this clip, otherwise the idle one
     * starts it cold. The decoder that was on air stops in the background, its last frame still
     * drawable. When the clip cannot play, nothing changes and the reason is returned.
     */
    public Optional<String> start(Path file, int passes) {
        if (decoders() == null) {
            return Optional.of(unavailable);
        }
        boolean wasCued = cued != null && file.equals(cuedFile) && passes == cuedPasses;
        VideoDecoder next = wasCued ? cued : idle();
        cued = null;
        if (wasCued && !next.resume()) {
            return Optional.of(next.failure() != null ? next.failure() : file + ": the cued video was stopped");
        }
        if (!wasCued && !next.play(file, passes)) {
            return Optional.of(next.failure());
        }
        VideoDecoder previous = onAir;
        onAir = next;
        if (previous != null && previous != next) {
            previous.stopSoon();
        }
        return Optional.empty();
    }

    /** Whether a cued clip holds its first frame, paused, so starting it shows video at once. */
    public boolean cueReady() {
        return cued != null && cued.state() == DecoderState.CUED;
    }

    /** The decoder on air, or null: draw its frames. */
    public VideoDecoder onAir() {
        return onAir;
    }

    /** Takes the video off air; its decoder stops in the background and its last frame stays drawable. */
    public void stop() {
        VideoDecoder previous = onAir;
        onAir = null;
        if (previous != null) {
            previous.stopSoon();
        }
    }

    @Override
    public void close() {
        onAir = null;
        if (decoders != null) {
            for (VideoDecoder decoder : decoders) {
                decoder.close();
            }
            factory.release();
        }
    }

    /** The decoder not on air, libvlc loaded on first call; null when it is missing. */
    private VideoDecoder idle() {
        VideoDecoder[] both = decoders();
        if (both == null) {
            return null;
        }
        return onAir == both[0] ? both[1] : both[0];
    }

    private VideoDecoder[] decoders() {
        if (decoders == null && unavailable == null) {
            try {
                factory = Libvlc.newFactory();
            } catch (IllegalStateException | UnsatisfiedLinkError e) {
                unavailable = e.getMessage();
                LOG.warning("video items will not play, the previous frame stays instead: " + unavailable);
                return null;
            }
            decoders = new VideoDecoder[] {new VideoDecoder(factory, false), new VideoDecoder(factory, false)};
            for (VideoDecoder decoder : decoders) {
                decoder.addListener(new OnAirOnly(decoder));
            }
        }
        return decoders;
    }

    /** Passes on what the on-air decoder reports; the other one is only preparing. */
    private final class OnAirOnly implements VideoListener {
        private final VideoDecoder source;

        OnAirOnly(VideoDecoder source) {
            this.source = source;
        }

        @Override
        public void firstFrame(FirstFrameEvent event) {
            if (onAir == source) {
                listeners.forEach(l -> l.firstFrame(event));
            }
        }

        @Override
        public void finished(MediaFinishedEvent event) {
            if (onAir == source) {
                listeners.forEach(l -> l.finished(event));
            }
        }

        @Override
        public void error(VideoErrorEvent event) {
            if (onAir == source) {
                listeners.forEach(l -> l.error(event));
            }
        }
    }
}
