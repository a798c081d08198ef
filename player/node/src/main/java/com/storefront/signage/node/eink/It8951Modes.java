package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.Waveform;
import java.util.EnumMap;
import java.util.Map;

/**
 * Which IT8951 display mode number drives each waveform. The numbers come from the waveform file
 * flashed with the panel, so they differ between firmware (A2 is 4 on some, 6 on others); the
 * defaults are the common 10.3" panel's. {@link Waveform#FULL} has no IT8951 mode.
 */
public final class It8951Modes {
    private final Map<Waveform, Integer> numbers;

    private It8951Modes(Map<Waveform, Integer> numbers) {
        this.numbers = numbers;
    }

    /** INIT 0, DU 1, GC16 2, GL16 3, A2 6. */
    public static It8951Modes defaults() {
        Map<Waveform, Integer> numbers = new EnumMap<>(Waveform.class);
        numbers.put(Waveform.INIT, 0);
        numbers.put(Waveform.DU, 1);
        numbers.put(Waveform.GC16, 2);
        numbers.put(Waveform.GL16, 3);
        numbers.put(Waveform.A2, 6);
        return new It8951Modes(numbers);
    }

    /** A copy with {@code waveform} driven by mode {@code number}. */
    public It8951Modes with(Waveform waveform, int number) {
        if (number < 0 || number > 0xFF) {
            throw new IllegalArgumentException("IT8951 mode numbers are 0..255, got " + number);
        }
        Map<Waveform, Integer> copy = new EnumMap<>(numbers);
        copy.put(waveform, number);
        return new It8951Modes(copy);
    }

    public int number(Waveform waveform) {
        Integer n = numbers.get(waveform);
        if (n == null) {
            throw new IllegalArgumentException("the IT8951 has no mode for waveform " + waveform + "; known: " + numbers.keySet());
        }
        return n;
    }
}
