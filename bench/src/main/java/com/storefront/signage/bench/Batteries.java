package com.storefront.signage.bench;

import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** The battery the bench assumes for each panel profile, for the battery-life forecast. */
final class Batteries {
    record Battery(String name, double milliwattHours) {
    }

    private Batteries() {
    }

    static Battery of(PanelProfile profile) {
        return switch (profile.id()) {
            case PanelProfiles.BWR_2IN9 -> new Battery("2xCR2450 3600 mWh", 1200 * 3.0);
            case PanelProfiles.GRAY16_10IN3 -> new Battery("Li-ion 5000 mAh 18500 mWh", 5000 * 3.7);
            default -> new Battery("Li-ion 2000 mAh 7400 mWh", 2000 * 3.7);
        };
    }

    static String describe() {
        return Stream.of(PanelProfiles.BWR_2IN9, PanelProfiles.BW_7IN5, PanelProfiles.SPECTRA6_7IN3, PanelProfiles.GRAY16_10IN3)
                .map(id -> id + ": " + of(PanelProfiles.load(id)).name())
                .collect(Collectors.joining("; "))
                + " (2xCR2450 = 1200 mAh x 3 V; Li-ion at 3.7 V nominal; sleep power from each profile)";
    }
}
