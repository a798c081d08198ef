package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class LinearLightTest {
    @Test
    void every_8_bit_srgb_value_survives_the_round_trip_through_linear_light() {
        for (int v = 0; v < 256; v++) {
            assertEquals(v, LinearLight.toSrgb8(LinearLight.toLinear(v)), "sRGB " + v);
        }
    }

    @Test
    void linear_light_rises_with_srgb_from_zero_to_one() {
        assertEquals(0f, LinearLight.toLinear(0));
        assertEquals(1f, LinearLight.toLinear(255), 1e-6);
        for (int v = 1; v < 256; v++) {
            assertTrue(LinearLight.toLinear(v) > LinearLight.toLinear(v - 1), "sRGB " + v);
        }
    }

    @Test
    void srgb_mid_grey_is_about_a_fifth_of_the_light_of_white() {
        assertEquals(0.2159, LinearLight.toLinear(128), 1e-3);
        assertEquals(0.2159, LinearLight.luminance(0x808080), 1e-3);
    }

    @Test
    void light_outside_zero_to_one_is_clamped() {
        assertEquals(0, LinearLight.toSrgb8(-0.5f));
        assertEquals(255, LinearLight.toSrgb8(3f));
    }
}
