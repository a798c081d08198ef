package com.storefront.signage.node.play;

import com.storefront.signage.core.render.PanelFrame;
import java.io.IOException;
import java.time.ZoneId;

/**
 * An output that drives an e-ink panel: it takes the slide before reduction to inks, with its
 * dither regions, and the store's zone (for the daily clean refresh). Called only from the
 * playback thread.
 */
public interface PanelFrameOutput extends FrameOutput {
    void showPanel(PanelFrame frame, FrameInfo info, ZoneId storeZone) throws IOException;
}
