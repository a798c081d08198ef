package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.PlayRecord;
import java.util.function.Consumer;

/**
 * Pairs the journal's start and end lines, read in order, into finished plays. Plays are
 * sequential (one playback thread), so at most one start is open; a start that meets another
 * start without its end was cut by a crash the journal did not close, and counts with its end
 * unknown. {@link #settled()} is the offset before which every line belongs to a play already
 * taken (or to nothing): the place a cursor may move to. Pure.
 */
final class JournalReplay {
    /** Takes a finished play, or refuses it (a full batch): the replay then stops, settled before it. */
    interface Sink {
        boolean take(JournaledPlay play);
    }

    private PlayStarted open;
    private long settled;
    private long lineStart;
    private boolean stopped;

    JournalReplay(long from) {
        this.settled = from;
        this.lineStart = from;
    }

    long settled() {
        return settled;
    }

    /**
     * Feeds the line that ends at {@code lineEnd}; returns false once the sink refused a play.
     * {@code skipped} hears why a line yields no play (an end without its start, a record that
     * does not validate).
     */
    boolean accept(JournalLine line, long lineEnd, Sink sink, Consumer<String> skipped) {
        if (stopped) {
            return false;
        }
        if (line.start() != null) {
            if (open != null && !emit(open, null, lineStart, sink, skipped)) {
                return false;
            }
            open = line.start();
        } else if (open != null && open.key().equals(line.end().key())) {
            if (!emit(open, line.end(), lineEnd, sink, skipped)) {
                return false;
            }
            open = null;
        } else {
            skipped.accept("end of play " + line.end().key() + " without its start");
        }
        advance(lineEnd);
        return true;
    }

    /** A line that cannot be parsed is passed over. */
    void unreadable(long lineEnd) {
        advance(lineEnd);
    }

    private void advance(long lineEnd) {
        if (open == null) {
            settled = lineEnd;
        }
        lineStart = lineEnd;
    }

    private boolean emit(PlayStarted start, PlayEnded end, long settledAfter, Sink sink, Consumer<String> skipped) {
        PlayRecord record;
        try {
            record = start.record(end);
        } catch (IllegalArgumentException e) {
            skipped.accept("play " + start.key() + " of item " + start.itemId() + " is unusable: " + e.getMessage());
            settled = settledAfter;
            return true;
        }
        if (!sink.take(new JournaledPlay(start.displayId(), record))) {
            stopped = true;
            return false;
        }
        settled = settledAfter;
        return true;
    }
}
