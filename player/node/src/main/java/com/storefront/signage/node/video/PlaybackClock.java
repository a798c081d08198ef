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
    private long resumedAt;
    private long framesAtResume;
    private long firstAfterResumeAt;
    private int width;
    private int height;
    private boolean finished;

    synchronized void restart() {
        playAt = System.nanoTime();
        firstAt = 0;
        lastAt = 0;
        frames = 0;
        resumedAt = 0;
        firstAfterResumeAt = 0;
        finished = false;
    }

    /** A cued media was let go: the frames after this one are the video moving again. */
    synchronized void resumed() {
        resumedAt = System.nanoTime();
        framesAtResume = frames;
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
        if (resumedAt != 0 && firstAfterResumeAt == 0 && frames > framesAtResume) {
            firstAfterResumeAt = now;
        }
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
        Duration afterResume = firstAfterResumeAt == 0 ? null : Duration.ofNanos(firstAfterResumeAt - resumedAt);
        return new VideoStats(frames, width, height, latency, Duration.ofNanos(lastAt - firstAt), finished, afterResume);
    }
}
