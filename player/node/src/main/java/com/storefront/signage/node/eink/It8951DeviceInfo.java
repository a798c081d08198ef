package com.storefront.signage.node.eink;

/** What an IT8951 reports about itself at start-up. */
public record It8951DeviceInfo(int width, int height, int imageBufferAddress, String firmware, String lutVersion) {
    /** Decodes the {@code GET_DEV_INFO} answer. */
    static It8951DeviceInfo parse(int[] words) {
        if (words.length < It8951Protocol.DEV_INFO_WORDS) {
            throw new IllegalArgumentException("GET_DEV_INFO answers " + It8951Protocol.DEV_INFO_WORDS + " words, got " + words.length);
        }
        return new It8951DeviceInfo(words[0], words[1], words[3] << 16 | words[2], text(words, 4), text(words, 12));
    }

    // Eight words of ASCII, low byte first (the controller's memory order), padded with zeros.
    private static String text(int[] words, int from) {
        StringBuilder s = new StringBuilder();
        for (int i = from; i < from + 8; i++) {
            for (int c : new int[] {words[i] & 0xFF, words[i] >>> 8}) {
                if (c != 0) {
                    s.append((char) c);
                }
            }
        }
        return s.toString().trim();
    }
}
