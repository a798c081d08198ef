package com.storefront.signage.node.video;

import java.time.Duration;

/**
 * Counters of one playback, a consistent snapshot.
 *
 * @param frames        frames delivered by libvlc so far
 * @param width         frame width from the latest format callback, 0 before it
 * @param height        frame height, 0 before the format callback
 * @param startLatency  from {@code play()} to the first frame, or null before it
 * @param firstToLast   arrival time of the last frame minus the first; close to the clip's length when
 *                      frames are paced in real time
 * @param finished      libvlc reported the end of the media
 */
public record VideoStats(long frames, int width, int height, Duration startLatency, Duration firstToLast, boolean finished) {
}
