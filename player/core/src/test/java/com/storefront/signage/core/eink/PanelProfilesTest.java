package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PanelProfilesTest {
    @Test
    void every_shipped_profile_loads_from_its_data_file() {
        List<PanelProfile> all = PanelProfiles.all();

        assertEquals(List.of(PanelProfiles.BW_7IN5, PanelProfiles.GRAY16_10IN3, PanelProfiles.BWR_2IN9, PanelProfiles.SPECTRA6_7IN3),
                all.stream().map(PanelProfile::id).toList());
        for (PanelProfile p : all) {
            assertTrue(p.palette().size() <= 1 << p.bitsPerPixel(), p.id());
            float black = LinearLight.luminance(p.palette().get(0).argb());
            assertTrue(p.palette().stream().allMatch(c -> LinearLight.luminance(c.argb()) >= black), p.id() + " lists black first");
            assertTrue(p.palette().stream().anyMatch(c -> c.name().equals("white")), p.id() + " has a white ink");
        }
    }

    @Test
    void an_unknown_profile_is_refused_by_name() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PanelProfiles.load("nope"));

        assertTrue(e.getMessage().contains("'nope'"), e.getMessage());
    }
}
