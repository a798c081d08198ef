package com.storefront.signage.server.media;

/**
 * One ISO-BMFF box of a file in memory: its four-character type, where it starts, where its
 * payload (after the 8- or 16-byte header) starts and where it ends, all as byte offsets.
 */
record Mp4Box(String type, long start, long payloadStart, long end) {
    long payloadSize() {
        return end - payloadStart;
    }

    @Override
    public String toString() {
        return "'" + type + "' at byte " + start;
    }
}
