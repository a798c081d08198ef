package com.storefront.signage.core.eink;

/**
 * Update modes of e-paper controllers, cheapest adequate first. Names follow the IT8951 and
 * E Ink conventions; panels without waveform choice (most colour labels) only offer {@link #FULL}.
 */
public enum Waveform {
    /** Clears the panel to white with several flashes; the cleanest and slowest. */
    INIT,
    /** Black/white only, no flash, fast; ghosting builds up. */
    DU,
    /** 1-bit, fastest, heavy ghosting; for animation-like changes. */
    A2,
    /** 16 grey levels with little flashing, for grey text on white. */
    GL16,
    /** 16 grey levels with a full flash: photos, large changes, first paint. */
    GC16,
    /** The only update of panels without partial refresh: the whole glass, all colours. */
    FULL
}
