package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.ProtocolJson;

/** One line of the proof-of-play journal: exactly one of a start and an end. */
record JournalLine(PlayStarted start, PlayEnded end) {
    JournalLine {
        if ((start == null) == (end == null)) {
            throw new IllegalArgumentException("a journal line is a start or an end");
        }
    }

    static JournalLine of(PlayStarted start) {
        return new JournalLine(start, null);
    }

    static JournalLine of(PlayEnded end) {
        return new JournalLine(null, end);
    }

    byte[] bytes() {
        return ProtocolJson.write(this);
    }

    static JournalLine parse(byte[] line) {
        return ProtocolJson.read(line, JournalLine.class);
    }
}
