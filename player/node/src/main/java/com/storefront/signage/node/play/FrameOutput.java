package com.storefront.signage.node.play;

import com.storefront.signage.core.protocol.BatteryReport;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/**
 * Where finished frames go: a PNG directory in headless mode; a window or an e-ink panel in
 * later outputs. Called only from the playback thread.
 */
public interface FrameOutput {
    void show(BufferedImage frame, FrameInfo info) throws IOException;

    /** The battery and what the output's update pattern costs it, on battery-powered e-ink devices; read from any thread. */
    default Optional<BatteryReport> battery() {
        return Optional.empty();
    }

    /** How this output plays video items; by default it does not, and keeps its frame. */
    default VideoOutput video() {
        return VideoOutput.NO_VIDEO;
    }

    /** The store's time zone, from the manifest being played, for outputs that show a clock. */
    default void storeZone(java.time.ZoneId zone) {
    }
}
