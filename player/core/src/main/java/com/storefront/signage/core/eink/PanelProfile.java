package com.storefront.signage.core.eink;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What the render path knows about a panel, loaded from a data file ({@link PanelProfiles}):
 * native resolution, the measured palette (black first, then greys up to white, then accents), how
 * pixels are packed, which update modes exist with their time and
 * energy, how update areas must be aligned, and the energy of waking and moving bytes.
 *
 * @param fastAlignment     grid for DU and A2 areas (controllers require 8 or 32 px)
 * @param alignment         grid for other partial areas
 * @param partialLimit      partial updates a tile may take before it needs a clean refresh
 * @param tileSize          side of the square tiles partial updates are counted on
 * @param wakeMillijoules   one wake of the device: controller, radio check, render
 * @param transferMillijoulesPerKilobyte moving packed pixels to the controller (and over the air)
 * @param sleepMicrowatts   drawn between wakes
 */
public record PanelProfile(String id, String name, int width, int height, int bitsPerPixel, List<PaletteColour> palette,
                           boolean partialRefresh, List<WaveformMode> modes, int fastAlignment, int alignment,
                           int partialLimit, int tileSize, double wakeMillijoules, double transferMillijoulesPerKilobyte,
                           double sleepMicrowatts) {
    public PanelProfile {
        Objects.requireNonNull(id, "id");
        palette = List.copyOf(palette);
        modes = List.copyOf(modes);
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException(id + ": resolution must be positive");
        }
        if (bitsPerPixel != 1 && bitsPerPixel != 2 && bitsPerPixel != 4) {
            throw new IllegalArgumentException(id + ": bitsPerPixel must be 1, 2 or 4, got " + bitsPerPixel);
        }
        if (palette.size() < 2 || palette.size() > (1 << bitsPerPixel)) {
            throw new IllegalArgumentException(id + ": " + palette.size() + " colours do not fit " + bitsPerPixel + " bits per pixel");
        }
        if (modes.stream().noneMatch(m -> !m.partial())) {
            throw new IllegalArgumentException(id + ": a panel needs at least one full (non-partial) mode");
        }
        if (partialRefresh != modes.stream().anyMatch(WaveformMode::partial)) {
            throw new IllegalArgumentException(id + ": partialRefresh must say whether any mode is partial");
        }
        if (fastAlignment <= 0 || alignment <= 0 || tileSize <= 0 || partialLimit <= 0) {
            throw new IllegalArgumentException(id + ": alignments, tile size and partial limit must be positive");
        }
    }

    public Rect bounds() {
        return Rect.of(width, height);
    }

    public Optional<WaveformMode> mode(Waveform waveform) {
        return modes.stream().filter(m -> m.waveform() == waveform).findFirst();
    }

    /** The mode for a clean refresh of the whole panel: the cleanest full mode it has. */
    public WaveformMode cleanMode() {
        return modes.stream().filter(m -> !m.partial() && m.clearsGhosting()).findFirst()
                .orElseGet(() -> modes.stream().filter(m -> !m.partial()).findFirst().orElseThrow());
    }

    /** Bytes of one packed row. */
    public int rowBytes(int pixels) {
        return (pixels * bitsPerPixel + 7) / 8;
    }
}
