package com.storefront.signage.node.video;

/**
 * Where a {@link VideoDecoder} is with its media, and why it failed. Each change is a few field writes
 * under one lock, which libvlc's event thread also takes, so no call into libvlc is ever made holding it.
 * Reads are volatile: libvlc's display callback checks the state on every frame.
 */
final class Lifecycle {
    private final Object lock = new Object();
    private volatile DecoderState state = DecoderState.IDLE;
    private volatile String failure;
    // which load a queued pause belongs to: one queued for a media since replaced must not pause the next
    private volatile int generation;

    DecoderState state() {
        return state;
    }

    String failure() {
        return failure;
    }

    int generation() {
        return generation;
    }

    /** A new media starts loading, paused on its first frame or playing; returns its generation. */
    int load(boolean paused) {
        synchronized (lock) {
            state = paused ? DecoderState.CUEING : DecoderState.PLAYING;
            failure = null;
            return ++generation;
        }
    }

    boolean transition(DecoderState from, DecoderState to) {
        synchronized (lock) {
            if (state != from) {
                return false;
            }
            state = to;
            return true;
        }
    }

    void stopped() {
        synchronized (lock) {
            state = DecoderState.IDLE;
        }
    }

    /** False when the media was stopped meanwhile: then nobody waits for what libvlc says about it. */
    boolean fail(String why) {
        synchronized (lock) {
            if (state == DecoderState.IDLE) {
                return false;
            }
            state = DecoderState.FAILED;
            failure = why;
            return true;
        }
    }

    /** The media reached its end; false when it was stopped meanwhile. A failure stays a failure. */
    boolean end() {
        synchronized (lock) {
            if (state == DecoderState.IDLE) {
                return false;
            }
            if (state != DecoderState.FAILED) {
                state = DecoderState.ENDED;
            }
            return true;
        }
    }
}
