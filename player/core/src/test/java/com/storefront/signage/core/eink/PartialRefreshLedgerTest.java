package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PartialRefreshLedgerTest {
    private static final PanelProfile GRAY = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
    private static final PanelProfile BW = PanelProfiles.load(PanelProfiles.BW_7IN5);

    @Test
    void a_partial_update_counts_on_every_tile_it_touches() {
        PartialRefreshLedger ledger = new PartialRefreshLedger(GRAY);

        ledger.recordPartial(new Rect(120, 0, 16, 8));

        assertEquals(1, ledger.count(0, 0));
        assertEquals(1, ledger.count(128, 0));
        assertEquals(0, ledger.count(256, 0));
    }

    @Test
    void the_update_after_the_limit_is_refused() {
        PartialRefreshLedger ledger = new PartialRefreshLedger(GRAY);
        Rect area = new Rect(0, 0, 8, 8);
        for (int i = 0; i < GRAY.partialLimit(); i++) {
            assertFalse(ledger.wouldExceed(area));
            ledger.recordPartial(area);
        }

        assertTrue(ledger.wouldExceed(area));
        assertThrows(IllegalStateException.class, () -> ledger.recordPartial(area));
    }

    @Test
    void a_clean_refresh_resets_only_the_tiles_it_covers_completely() {
        PartialRefreshLedger ledger = new PartialRefreshLedger(GRAY);
        ledger.recordPartial(new Rect(0, 0, 256, 8));

        ledger.recordClean(new Rect(0, 0, 200, 128));

        assertEquals(0, ledger.count(0, 0));
        assertEquals(1, ledger.count(128, 0));
    }

    @Test
    void tiles_clipped_by_the_panel_edge_count_as_covered() {
        PartialRefreshLedger ledger = new PartialRefreshLedger(GRAY);
        // 1872 = 14 x 128 + 80: the last column of tiles is 80 px wide
        ledger.recordPartial(new Rect(1860, 0, 12, 8));

        Rect cover = ledger.tileCover(new Rect(1860, 0, 12, 8));
        ledger.recordClean(cover);

        assertEquals(new Rect(1792, 0, 80, 128), cover);
        assertEquals(0, ledger.count(1860, 0));
    }

    @Property(tries = 10)
    void no_pixel_takes_more_partial_updates_than_the_limit_before_a_clean_refresh(
            @ForAll @IntRange(min = 0, max = 1) int panel, @ForAll long seed) {
        PanelProfile profile = panel == 0 ? BW : GRAY;
        int white = BlackWhitePixels.whiteIndex(profile);
        Random random = new Random(seed);
        UpdatePlanner planner = new UpdatePlanner(profile);
        int[] partialsSinceClean = new int[profile.width() * profile.height()];
        IndexedFrame front = Frames.filled(profile, white);
        int forcedCleans = 0;
        // changes crowd a corner, so its tiles reach the limit many times over
        for (int step = 0; step < 400; step++) {
            Rect change = new Rect(random.nextInt(150), random.nextInt(100), 1 + random.nextInt(60), 1 + random.nextInt(30));
            int ink = random.nextInt(4) == 0 ? random.nextInt(white + 1) : (random.nextBoolean() ? 0 : white);
            IndexedFrame next = Frames.paint(front, change, ink);
            for (PanelUpdate u : planner.plan(front, next, List.of(), false)) {
                Rect a = u.area();
                forcedCleans += u.clean() ? 1 : 0;
                for (int y = a.y(); y < a.bottom(); y++) {
                    for (int x = a.x(); x < a.right(); x++) {
                        int i = y * profile.width() + x;
                        partialsSinceClean[i] = u.clean() ? 0 : partialsSinceClean[i] + 1;
                        assertTrue(partialsSinceClean[i] <= profile.partialLimit(), "pixel " + x + "," + y + " at step " + step);
                    }
                }
            }
            front = next;
        }
        assertTrue(planner.ledger().maxCount() <= profile.partialLimit());
        assertTrue(planner.ledger().maxCount() > profile.partialLimit() / 2, "the corner's tiles come near the limit");
        assertTrue(forcedCleans > 0, "the limit forced clean refreshes");
    }
}
