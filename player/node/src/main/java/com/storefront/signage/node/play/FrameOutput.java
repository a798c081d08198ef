package com.storefront.signage.node.play;

import java.awt.image.BufferedImage;
import java.io.IOException;

/**
 * Where finished frames go: a PNG directory in headless mode; a window or an e-ink panel in
 * later outputs. Called only from the playback thread.
 */
public interface FrameOutput {
    void show(BufferedImage frame, FrameInfo info) throws IOException;
}
