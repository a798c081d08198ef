package com.storefront.signage.node.eink;

import java.util.Arrays;
import java.util.stream.Collectors;

/**
 * One thing a {@link RecordingTransport} saw: a wait for the ready line, a command, written data
 * words, or a read with the words it answered.
 */
public record RecordedTransfer(Kind kind, int[] words) {
    public enum Kind { WAIT, COMMAND, WRITE, READ }

    public RecordedTransfer {
        words = words.clone();
    }

    /** The bytes the host clocks out (MOSI) for this transfer; a wait moves none. */
    public byte[] mosi() {
        return switch (kind) {
            case WAIT -> new byte[0];
            case COMMAND -> It8951Wire.frame(It8951Wire.COMMAND, words, 0, words.length);
            case WRITE -> It8951Wire.frame(It8951Wire.WRITE_DATA, words, 0, words.length);
            case READ -> It8951Wire.readFrame(words.length);
        };
    }

    /** E.g. {@code wait}, {@code cmd 0x0021}, {@code write 0x0020}, {@code read 0x0001}. */
    @Override
    public String toString() {
        String name = switch (kind) {
            case WAIT -> "wait";
            case COMMAND -> "cmd";
            case WRITE -> "write";
            case READ -> "read";
        };
        return (name + " " + Arrays.stream(words).mapToObj(w -> String.format("0x%04X", w))
                .collect(Collectors.joining(" "))).trim();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof RecordedTransfer t && t.kind == kind && Arrays.equals(t.words, words);
    }

    @Override
    public int hashCode() {
        return 31 * kind.hashCode() + Arrays.hashCode(words);
    }
}
