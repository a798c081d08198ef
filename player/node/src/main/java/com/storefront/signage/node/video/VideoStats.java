package com.storefront.signage.node.video;

import java.time.Duration;

/**
 * Counters of one playback, a consistent snapshot.
 *
 * @param frames        frames delivered by libvlc so far (a cued media stops counting while it waits)
 * @param width         frame width from the latest format callback, 0 before it
 * @param height        frame height, 0 before the format callback
 * @param startLatency  from {@code play()} or {@code cue()} to the first frame, or null before it
 * @param firstToLast   arrival time of the last frame minus the first; close to the clip's length when
 *                      frames are paced in real time
 * @param finished      libvlc reported the end of the media
 * @param resumeLatency from {@code resume()} of a cued media to the next frame after the one it
 *                      waited on, or null before that (or when it was not cued)
 */
public record VideoStats(long frames, int width, int height, Duration startLatency, Duration firstToLast, boolean finished,
                         Duration resumeLatency) {
}
