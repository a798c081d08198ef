package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelUpdate;
import java.io.IOException;

/** Performs one planned update on a panel: the simulated glass or a real controller. */
public interface PanelDriver {
    void apply(PanelUpdate update, IndexedFrame frame) throws IOException;

    static PanelDriver simulated(SimulatedPanel panel) {
        return panel::apply;
    }

    static PanelDriver it8951(It8951Panel panel, PanelProfile profile) {
        return (update, frame) -> panel.apply(update, frame, profile);
    }
}
