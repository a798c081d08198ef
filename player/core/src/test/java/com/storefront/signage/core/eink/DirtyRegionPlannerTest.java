package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class DirtyRegionPlannerTest {
    private static final PanelProfile GRAY = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
    private static final PanelProfile LABEL = PanelProfiles.load(PanelProfiles.BWR_2IN9);

    @Test
    void merges_neighbours_when_their_union_wastes_little() {
        // union 20x10 = 200 < 1.3 x (90 + 90)
        assertEquals(List.of(new Rect(0, 0, 20, 10)), DirtyRegionPlanner.merge(List.of(new Rect(0, 0, 9, 10), new Rect(11, 0, 9, 10))));
    }

    @Test
    void keeps_apart_boxes_whose_union_would_be_mostly_unchanged_pixels() {
        List<Rect> apart = List.of(new Rect(0, 0, 10, 10), new Rect(100, 100, 10, 10));

        assertEquals(apart, DirtyRegionPlanner.merge(apart));
    }

    @Test
    void merges_until_no_pair_qualifies() {
        // the first two alone are too far apart for the rule; the third bridges them
        List<Rect> merged = DirtyRegionPlanner.merge(List.of(new Rect(0, 0, 10, 10), new Rect(20, 0, 10, 10), new Rect(10, 0, 10, 10)));

        assertEquals(List.of(new Rect(0, 0, 30, 10)), merged);
    }

    @Test
    void aligns_du_areas_to_the_fast_grid_and_grey_areas_to_the_finer_one() {
        DirtyRegionPlanner planner = new DirtyRegionPlanner(GRAY);

        assertEquals(List.of(new PlannedRegion(new Rect(96, 48, 16, 8), Waveform.DU)),
                planner.plan(List.of(new Rect(101, 50, 5, 3)), r -> Waveform.DU));
        assertEquals(List.of(new PlannedRegion(new Rect(100, 48, 8, 8), Waveform.GL16)),
                planner.plan(List.of(new Rect(101, 50, 5, 3)), r -> Waveform.GL16));
    }

    @Test
    void areas_at_the_panel_edge_are_clipped_to_it() {
        // 1404 is not a multiple of 8: the DU area stops at the glass
        List<PlannedRegion> plan = new DirtyRegionPlanner(GRAY).plan(List.of(new Rect(1860, 1400, 20, 20)), r -> Waveform.DU);

        assertEquals(List.of(new PlannedRegion(new Rect(1856, 1400, 16, 4), Waveform.DU)), plan);
    }

    @Test
    void a_panel_without_partial_refresh_gets_one_whole_panel_update() {
        List<PlannedRegion> plan = new DirtyRegionPlanner(LABEL).plan(List.of(new Rect(3, 3, 2, 2), new Rect(200, 90, 5, 5)),
                r -> Waveform.FULL);

        assertEquals(List.of(new PlannedRegion(LABEL.bounds(), Waveform.FULL)), plan);
    }

    @Test
    void changes_over_half_the_panel_become_one_panel_wide_update() {
        List<PlannedRegion> plan = new DirtyRegionPlanner(GRAY).plan(
                List.of(new Rect(0, 0, 1872, 500), new Rect(0, 900, 1872, 504)), r -> Waveform.GC16);

        assertEquals(List.of(new PlannedRegion(GRAY.bounds(), Waveform.GC16)), plan);
    }

    @Test
    void areas_that_overlap_after_alignment_are_united_with_the_stronger_waveform() {
        // apart before alignment (union 2x the sum), overlapping once grown to the 8 px grid
        List<Rect> dirty = List.of(new Rect(0, 0, 3, 3), new Rect(5, 5, 1, 1));
        List<PlannedRegion> plan = new DirtyRegionPlanner(GRAY).plan(dirty, r -> r.x() == 0 && r.width() == 3 ? Waveform.GC16 : Waveform.DU);

        assertEquals(List.of(new PlannedRegion(new Rect(0, 0, 8, 8), Waveform.GC16)), plan);
    }

    @Property(tries = 200)
    void planned_areas_are_on_the_grid_inside_the_panel_apart_and_cover_every_dirty_pixel(
            @ForAll @IntRange(min = 1, max = 30) int boxes, @ForAll long seed) {
        Random random = new Random(seed);
        List<Rect> dirty = new ArrayList<>();
        for (int i = 0; i < boxes; i++) {
            dirty.add(new Rect(random.nextInt(GRAY.width() + 40) - 20, random.nextInt(GRAY.height() + 40) - 20,
                    1 + random.nextInt(120), 1 + random.nextInt(60)));
        }
        DirtyRegionPlanner planner = new DirtyRegionPlanner(GRAY);
        List<Waveform> choices = List.of(Waveform.DU, Waveform.GL16, Waveform.GC16);

        List<PlannedRegion> plan = planner.plan(dirty, r -> choices.get(Math.floorMod(r.x() + r.y(), 3)));

        for (PlannedRegion p : plan) {
            Rect a = p.area();
            int grid = planner.grid(p.waveform());
            assertTrue(a.x() >= 0 && a.y() >= 0 && a.right() <= GRAY.width() && a.bottom() <= GRAY.height(), a + " leaves the panel");
            assertTrue(a.x() % grid == 0 && a.y() % grid == 0, a + " starts off the " + grid + " px grid");
            assertTrue((a.right() % grid == 0 || a.right() == GRAY.width()) && (a.bottom() % grid == 0 || a.bottom() == GRAY.height()),
                    a + " ends off the " + grid + " px grid");
            assertFalse(plan.stream().anyMatch(o -> o != p && o.area().intersects(a)), a + " overlaps another area");
        }
        List<Rect> areas = plan.stream().map(PlannedRegion::area).toList();
        for (Rect d : dirty) {
            Rect c = d.align(1, GRAY.bounds());
            for (int y = c.y(); y < c.bottom(); y++) {
                for (int x = c.x(); x < c.right(); x++) {
                    assertTrue(Frames.covered(x, y, areas), "dirty pixel " + x + "," + y + " not planned");
                }
            }
        }
        assertTrue(Set.copyOf(choices).containsAll(plan.stream().map(PlannedRegion::waveform).toList()));
    }
}
