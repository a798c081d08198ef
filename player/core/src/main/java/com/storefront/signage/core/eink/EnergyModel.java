package com.storefront.signage.core.eink;

import java.util.List;

/**
 * What a panel's work costs, from its profile: waking the device, moving packed bytes to the
 * controller, and each update (a fixed part plus a part per refreshed megapixel). The figures are
 * estimates measured on real panels, good for comparing plans and forecasting batteries, not for
 * billing.
 */
public final class EnergyModel {
    /** Transfer figures are per SI kilobyte: a 296x128 two-bit label (9,472 bytes) costs about 0.37 J to receive. */
    public static final int BYTES_PER_KILOBYTE = 1000;

    private final PanelProfile profile;

    public EnergyModel(PanelProfile profile) {
        this.profile = profile;
    }

    public double wakeMillijoules() {
        return profile.wakeMillijoules();
    }

    public double transferMillijoules(long bytes) {
        return bytes * profile.transferMillijoulesPerKilobyte() / BYTES_PER_KILOBYTE;
    }

    /** Energy of refreshing {@code area} with {@code waveform}; a mode without partial refresh always drives the whole panel. */
    public double updateMillijoules(Rect area, Waveform waveform) {
        WaveformMode mode = mode(waveform);
        return mode.millijoules(mode.partial() ? area.area() : profile.bounds().area());
    }

    public int updateMillis(Waveform waveform) {
        return mode(waveform).millis();
    }

    /**
     * An update of {@code area} with its time and energy filled in from the profile; a mode without
     * partial refresh gets the whole panel as its area, since that is what it drives.
     */
    public PanelUpdate update(Rect area, Waveform waveform, boolean clean) {
        Rect driven = mode(waveform).partial() ? area : profile.bounds();
        return new PanelUpdate(driven, waveform, clean, updateMillis(waveform), updateMillijoules(driven, waveform));
    }

    /** One wake that moves {@code bytes} and performs {@code updates}. */
    public double wakeCycleMillijoules(long bytes, List<PanelUpdate> updates) {
        return wakeMillijoules() + transferMillijoules(bytes) + updates.stream().mapToDouble(PanelUpdate::millijoules).sum();
    }

    /** Packed bytes of {@code area} at the panel's bits per pixel, row by row as controllers take them. */
    public long packedBytes(Rect area) {
        return (long) profile.rowBytes(area.width()) * area.height();
    }

    private WaveformMode mode(Waveform waveform) {
        return profile.mode(waveform).orElseThrow(() -> new IllegalArgumentException(profile.id() + " has no " + waveform + " mode"));
    }
}
