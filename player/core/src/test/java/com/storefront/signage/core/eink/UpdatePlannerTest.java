package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class UpdatePlannerTest {
    private static final PanelProfile GRAY = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
    private static final PanelProfile BW = PanelProfiles.load(PanelProfiles.BW_7IN5);
    private static final PanelProfile LABEL = PanelProfiles.load(PanelProfiles.BWR_2IN9);
    private static final Rect PRICE = new Rect(400, 300, 40, 20);

    @Test
    void an_unchanged_frame_needs_no_update() {
        IndexedFrame frame = Frames.filled(GRAY, 15);

        assertEquals(List.of(), new UpdatePlanner(GRAY).plan(frame, frame, List.of(), false));
    }

    @Test
    void the_first_paint_of_a_grey_panel_clears_with_init_then_draws_with_gc16() {
        List<PanelUpdate> plan = new UpdatePlanner(GRAY).plan(null, Frames.filled(GRAY, 15), List.of(), true);

        assertEquals(List.of(Waveform.INIT, Waveform.GC16), plan.stream().map(PanelUpdate::waveform).toList());
        assertTrue(plan.stream().allMatch(u -> u.clean() && u.area().equals(GRAY.bounds())));
    }

    @Test
    void a_small_price_change_is_one_du_update_with_its_cost() {
        IndexedFrame front = Frames.filled(GRAY, 15);

        List<PanelUpdate> plan = new UpdatePlanner(GRAY).plan(front, Frames.paint(front, PRICE, 0), List.of(), false);

        // 40x20 at (400,300) grown to the 8 px grid: 400..440 x 296..320, 40x24 = 960 px; 60 mJ + 200 mJ/MP
        assertEquals(List.of(new PanelUpdate(new Rect(400, 296, 40, 24), Waveform.DU, false, 260, 60 + 200 * 960 / 1e6)), plan);
    }

    @Test
    void any_change_on_a_label_is_one_full_refresh_of_the_label() {
        IndexedFrame front = Frames.filled(LABEL, 1);

        List<PanelUpdate> plan = new UpdatePlanner(LABEL).plan(front, Frames.paint(front, new Rect(5, 5, 3, 3), 2), List.of(), false);

        assertEquals(List.of(new PanelUpdate(LABEL.bounds(), Waveform.FULL, true, 15000, 6 + 100 * 296 * 128 / 1e6)), plan);
    }

    @Test
    void a_tile_past_its_partial_limit_gets_a_clean_gc16_refresh_of_the_whole_tile() {
        UpdatePlanner planner = new UpdatePlanner(GRAY);
        IndexedFrame white = Frames.filled(GRAY, 15);
        IndexedFrame price = Frames.paint(white, PRICE, 0);
        for (int i = 0; i < GRAY.partialLimit(); i++) {
            List<PanelUpdate> plan = planner.plan(i % 2 == 0 ? white : price, i % 2 == 0 ? price : white, List.of(), false);
            assertFalse(plan.get(0).clean(), "update " + i);
        }
        assertEquals(GRAY.partialLimit(), planner.ledger().maxCount());

        List<PanelUpdate> forced = planner.plan(white, price, List.of(), false);

        // the price sits in the 128 px tile at (384, 256)
        assertEquals(List.of(new PanelUpdate(new Rect(384, 256, 128, 128), Waveform.GC16, true, 450, 120 + 480 * 128 * 128 / 1e6)), forced);
        assertEquals(0, planner.ledger().count(PRICE.x(), PRICE.y()));
        assertFalse(planner.plan(price, white, List.of(), false).get(0).clean());
    }

    @Test
    void a_black_white_panel_past_its_partial_limit_refreshes_in_full() {
        UpdatePlanner planner = new UpdatePlanner(BW);
        IndexedFrame white = Frames.filled(BW, 1);
        IndexedFrame price = Frames.paint(white, PRICE, 0);
        for (int i = 0; i < BW.partialLimit(); i++) {
            planner.plan(i % 2 == 0 ? white : price, i % 2 == 0 ? price : white, List.of(), false);
        }

        List<PanelUpdate> forced = planner.plan(white, price, List.of(), false);

        assertEquals(List.of(new PanelUpdate(BW.bounds(), Waveform.FULL, true, 4100, 150 + 2734 * 800 * 480 / 1e6)), forced);
        assertEquals(0, planner.ledger().count(0, 0));
    }

    @Test
    void the_daily_clean_refresh_resets_every_tile() {
        UpdatePlanner planner = new UpdatePlanner(GRAY);
        IndexedFrame white = Frames.filled(GRAY, 15);
        planner.plan(white, Frames.paint(white, PRICE, 0), List.of(), false);
        assertEquals(1, planner.ledger().count(PRICE.x(), PRICE.y()));

        planner.cleanFullRefresh();

        assertEquals(0, planner.ledger().count(PRICE.x(), PRICE.y()));
    }

    @Test
    void a_change_spread_over_the_whole_largest_panel_is_one_gc16_update_of_the_panel() {
        IndexedFrame front = Frames.filled(GRAY, 15);
        byte[] px = front.indices().clone();
        for (int i = 0; i < px.length; i += 7) {
            px[i] = (byte) (i % 16);
        }
        IndexedFrame next = new IndexedFrame(GRAY.width(), GRAY.height(), px);

        List<PanelUpdate> updates = new UpdatePlanner(GRAY).plan(front, next, List.of(), false);

        // speed is measured by bench/eink.sh, not here
        assertEquals(1, updates.size(), updates.toString());
        assertEquals(GRAY.bounds(), updates.get(0).area());
        assertEquals(Waveform.GC16, updates.get(0).waveform());
    }
}
