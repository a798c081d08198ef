package com.storefront.signage.node.eink;

import java.time.Duration;

/**
 * Where an IT8951 board is wired, as read from the player's configuration.
 *
 * @param controller   spidev bus, e.g. 0 for {@code /dev/spidev0.x}
 * @param chipSelect   spidev chip select, e.g. 0 for {@code /dev/spidev0.0}
 * @param frequencyHz  SPI clock; the IT8951 takes up to 24 MHz, long cables want less
 * @param readyGpio    GPIO number (BCM) of the HRDY line
 * @param resetGpio    GPIO number (BCM) of the reset line
 * @param readyTimeout how long one wait for HRDY may take before the panel is declared gone
 */
public record SpidevConfig(int controller, int chipSelect, int frequencyHz, int readyGpio, int resetGpio,
                           Duration readyTimeout) {
    public static final int MAX_FREQUENCY_HZ = 24_000_000;

    public SpidevConfig {
        if (controller < 0 || chipSelect < 0 || readyGpio < 0 || resetGpio < 0) {
            throw new IllegalArgumentException("SPI bus, chip select and GPIO numbers cannot be negative");
        }
        if (frequencyHz <= 0 || frequencyHz > MAX_FREQUENCY_HZ) {
            throw new IllegalArgumentException("the IT8951 takes an SPI clock up to 24 MHz, got " + frequencyHz + " Hz");
        }
        if (readyTimeout == null || readyTimeout.isNegative() || readyTimeout.isZero()) {
            throw new IllegalArgumentException("readyTimeout must be positive");
        }
    }

    /** The wiring of the common Waveshare IT8951 HAT on a Raspberry Pi. */
    public static SpidevConfig waveshareHat() {
        return new SpidevConfig(0, 0, 12_000_000, 24, 17, Duration.ofSeconds(5));
    }
}
