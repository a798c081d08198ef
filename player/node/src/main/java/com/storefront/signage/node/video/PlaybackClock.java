package com.storefront.signage.node.video;

import java.time.Duration;

/**
 * Counts frames and times them on the monotonic clock. Written by libvlc's threads, read by anyone:
 * synchronized, since each call is a few field updates.
 */
final class PlaybackClock {
    private long playAt;
    private long firstAt;
    private long lastAt;
    private long frames;
    private int width;
    private int height;
    private boolean finished;

    synchronized void restart() {
        playAt = System.nanoTime();
        firstAt = 0;
        lastAt = 0;
        frames = 0;
        finished = false;
    }

    synchronized void size(int width, int height) {
        this.width = width;
        this.height = height;
    }

    /** Records a frame; returns the start latency when it is the first, else null. */
    synchronized Duration frame() {
        long now = System.nanoTime();
        frames++;
        lastAt = now;
        if (frames == 1) {
            firstAt = now;
            return Duration.ofNanos(now - playAt);
        }
        return null;
    }

    synchronized void finish() {
        finished = true;
    }

    synchronized VideoStats stats() {
        Duration latency = frames == 0 ? null : Duration.ofNanos(firstAt - playAt);
        return new VideoStats(frames, width, height, latency, Duration.ofNanos(lastAt - firstAt), finished);
    }
}
