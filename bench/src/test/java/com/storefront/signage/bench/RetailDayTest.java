package com.storefront.signage.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import org.junit.jupiter.api.Test;

/** The scripted day is deterministic and the pipeline skips what did not change; no timing is asserted. */
class RetailDayTest {
    @Test
    void labelDayIsDeterministicAndSkipsUnchangedWakes() throws Exception {
        PanelProfile label = PanelProfiles.load(PanelProfiles.BWR_2IN9);
        RetailDay.Result a = RetailDay.run(label, EinkBench.ZONE, EinkBench.DAY, 17);
        RetailDay.Result b = RetailDay.run(label, EinkBench.ZONE, EinkBench.DAY, 17);
        assertEquals(RetailDay.WAKES, a.wakes());
        assertEquals(a.updates(), b.updates());
        assertEquals(a.areaPixels(), b.areaPixels());
        assertEquals(a.millijoules(), b.millijoules(), 1e-9);
        assertTrue(a.skippedUnchanged() >= 0.9 * a.unchanged(), a.skippedUnchanged() + " of " + a.unchanged());
        assertTrue(a.millijoules() < a.naiveMillijoules());
    }

    @Test
    void storeChangesOnlyDuringOpeningHours() {
        StoreCatalogue store = new StoreCatalogue(17);
        for (int minute = 0; minute < StoreCatalogue.OPEN_MINUTE; minute++) {
            assertTrue(!store.advance(minute), "changed at minute " + minute);
        }
        int changes = 0;
        for (int minute = StoreCatalogue.OPEN_MINUTE; minute < StoreCatalogue.CLOSE_MINUTE; minute++) {
            changes += store.advance(minute) ? 1 : 0;
        }
        // 15 hourly promotions plus one price every 7-12 minutes plus occasional stock flips
        assertTrue(changes >= 15 + 15 * 60 / 12 && changes <= 15 + 15 * 60 / 7 + 30, "changes: " + changes);
    }
}
