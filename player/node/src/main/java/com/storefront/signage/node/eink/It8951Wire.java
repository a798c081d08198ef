package com.storefront.signage.node.eink;

/**
 * How IT8951 transfers look on SPI: a 16-bit preamble saying what follows, then 16-bit words,
 * each sent high byte first (SPI mode 0, MSB first). A read answers one dummy word before the data.
 */
final class It8951Wire {
    static final int COMMAND = 0x6000;
    static final int WRITE_DATA = 0x0000;
    static final int READ_DATA = 0x1000;

    private It8951Wire() {
    }

    /** The bytes of one transfer: the preamble, then {@code count} words from {@code from}. */
    static byte[] frame(int preamble, int[] words, int from, int count) {
        byte[] bytes = new byte[2 + 2 * count];
        put(bytes, 0, preamble);
        for (int i = 0; i < count; i++) {
            put(bytes, 2 + 2 * i, words[from + i]);
        }
        return bytes;
    }

    /** What the host clocks out for a read of {@code count} words: preamble, dummy, then zeros. */
    static byte[] readFrame(int count) {
        return frame(READ_DATA, new int[1 + count], 0, 1 + count);
    }

    static int wordAt(byte[] bytes, int offset) {
        return (bytes[offset] & 0xFF) << 8 | bytes[offset + 1] & 0xFF;
    }

    static int checkWord(int word) {
        if (word < 0 || word > 0xFFFF) {
            throw new IllegalArgumentException("not a 16-bit word: " + word);
        }
        return word;
    }

    private static void put(byte[] bytes, int offset, int word) {
        checkWord(word);
        bytes[offset] = (byte) (word >>> 8);
        bytes[offset + 1] = (byte) word;
    }
}
