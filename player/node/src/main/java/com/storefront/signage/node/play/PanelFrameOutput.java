package com.storefront.signage.node.play;

import com.storefront.signage.core.render.PanelFrame;
import java.io.IOException;
import java.time.ZoneId;

/**
 * An output that drives an e-ink panel: it takes the slide before reduction to inks, with its
 * dither regions, the store's zone and the display's id (the daily clean refresh is at the
 * store's off-hour, staggered between its panels by id). Called only from the playback thread.
 */
public interface PanelFrameOutput extends FrameOutput {
    void showPanel(PanelFrame frame, FrameInfo info, ZoneId storeZone, String displayId) throws IOException;
}
