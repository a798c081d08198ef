package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class EnergyModelTest {
    private static final PanelProfile LABEL = PanelProfiles.load(PanelProfiles.BWR_2IN9);
    private static final PanelProfile BW = PanelProfiles.load(PanelProfiles.BW_7IN5);
    private static final double EPS = 1e-9;

    @Test
    void receiving_a_whole_label_costs_about_0_37_joules() {
        EnergyModel label = new EnergyModel(LABEL);

        // 296 px x 2 bits = 74 bytes a row, 128 rows = 9,472 bytes; at 39 mJ/kB that is 369.408 mJ
        assertEquals(9472, label.packedBytes(LABEL.bounds()));
        assertEquals(369.408, label.transferMillijoules(9472), EPS);
    }

    @Test
    void drawing_a_label_costs_about_0_01_joules() {
        // 6 mJ fixed + 100 mJ/MP x 0.037888 MP
        assertEquals(9.7888, new EnergyModel(LABEL).updateMillijoules(LABEL.bounds(), Waveform.FULL), EPS);
    }

    @Test
    void a_wake_cycle_adds_wake_transfer_and_updates() {
        EnergyModel label = new EnergyModel(LABEL);
        PanelUpdate draw = label.update(LABEL.bounds(), Waveform.FULL, true);

        assertEquals(2 + 369.408 + 9.7888, label.wakeCycleMillijoules(9472, List.of(draw)), EPS);
    }

    @Test
    void an_update_carries_its_mode_s_time_and_area_energy() {
        PanelUpdate du = new EnergyModel(BW).update(new Rect(0, 0, 100, 100), Waveform.DU, false);

        // 60 mJ + 1100 mJ/MP x 0.01 MP
        assertEquals(new PanelUpdate(new Rect(0, 0, 100, 100), Waveform.DU, false, 1600, 71.0), du);
    }

    @Test
    void a_full_only_mode_drives_and_costs_the_whole_panel_whatever_the_area() {
        PanelUpdate full = new EnergyModel(BW).update(new Rect(0, 0, 8, 8), Waveform.FULL, true);

        // 150 mJ + 2734 mJ/MP x 0.384 MP = 1199.856 mJ: the 1.2 J of a 7.5" refresh
        assertEquals(BW.bounds(), full.area());
        assertEquals(4100, full.millis());
        assertEquals(1199.856, full.millijoules(), EPS);
    }
}
