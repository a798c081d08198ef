package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.journal.AppendOnlyLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import java.util.logging.Logger;

/**
 * {@code rejected.jsonl}: plays that cannot be uploaded (the server refused the record, or it was
 * recorded as a display this player no longer is), each with why. Setting one aside keeps one bad
 * record from holding back every play after it, and loses nothing: the record stays here.
 * Sync thread only.
 */
final class RejectedPlays {
    private static final Logger LOG = Logger.getLogger(RejectedPlays.class.getName());
    static final String FILE = "rejected.jsonl";
    private final AppendOnlyLog log;
    private final Set<String> keys;
    private volatile long count;

    private RejectedPlays(AppendOnlyLog log, Set<String> keys) {
        this.log = log;
        this.keys = keys;
        this.count = keys.size();
    }

    static RejectedPlays open(Path dir) throws IOException {
        AppendOnlyLog log = AppendOnlyLog.open(dir.resolve(FILE));
        Set<String> keys = new HashSet<>();
        log.read(0, log.size(), (bytes, end) -> {
            try {
                keys.add(ProtocolJson.read(bytes, RejectedPlay.class).play().key());
            } catch (RuntimeException e) {
                LOG.warning("unreadable line in " + log.file() + " ending at byte " + end);
            }
            return true;
        });
        return new RejectedPlays(log, keys);
    }

    boolean contains(String key) {
        return keys.contains(key);
    }

    /** Read from any thread. */
    long count() {
        return count;
    }

    void add(JournaledPlay play, String reason) throws IOException {
        if (keys.contains(play.record().key())) {
            return;
        }
        log.append(ProtocolJson.write(new RejectedPlay(play.displayId(), play.record(), reason)));
        keys.add(play.record().key());
        count = keys.size();
        LOG.warning("play " + play.record().key() + " of item " + play.record().itemId() + " set aside in " + log.file()
                + ": " + reason);
    }
}
