package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.PlayBatch;
import com.storefront.signage.core.protocol.PlayReceipt;
import com.storefront.signage.core.protocol.PlayRecord;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.sync.ServerClient;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Sends the journal's finished plays in batches and moves the cursor after each answer; sync
 * thread only. A batch is bounded by {@link PlayBatch#MAX_PLAYS} and by its size in bytes, which
 * halves whenever the server answers 413 (its JSON body limit is configurable). A record the
 * server refuses by index, or one recorded as another display, is set aside in
 * {@link RejectedPlays} so it cannot hold back the plays after it.
 */
final class PlayUploader {
    private static final Logger LOG = Logger.getLogger(PlayUploader.class.getName());
    private static final Pattern RECORD_FIELD = Pattern.compile("plays\\[(\\d+)\\].*");
    /** Under the server's default JSON limit (64 KiB) with room for headers. */
    static final int DEFAULT_BATCH_BYTES = 60 * 1024;
    private static final int ENVELOPE_BYTES = "{\"plays\":[]}".length();

    private final PlayJournal journal;
    private final RejectedPlays rejected;
    private final long compactAtBytes;
    private int batchBytes = DEFAULT_BATCH_BYTES;
    private final AtomicLong inserted = new AtomicLong();
    private final AtomicLong duplicates = new AtomicLong();

    PlayUploader(PlayJournal journal, RejectedPlays rejected, long compactAtBytes) {
        this.journal = journal;
        this.rejected = rejected;
        this.compactAtBytes = compactAtBytes;
    }

    private record Batch(List<JournaledPlay> plays, long settled, int bytes) {
        PlayBatch wire() {
            return new PlayBatch(plays.stream().map(JournaledPlay::record).toList());
        }
    }

    /** Uploads every finished play recorded as {@code displayId}, then compacts the journal. */
    void upload(String displayId, ProofOfPlay.PlaySender sender) throws IOException {
        while (true) {
            Batch batch = next(displayId);
            if (batch.plays().isEmpty()) {
                journal.acknowledge(batch.settled());
                break;
            }
            try {
                PlayReceipt receipt = sender.send(batch.wire());
                if (receipt.received() != batch.plays().size()) {
                    throw new IOException("the server answered for " + receipt.received() + " plays, not the "
                            + batch.plays().size() + " sent; sending them again");
                }
                journal.acknowledge(batch.settled());
                inserted.addAndGet(receipt.inserted());
                duplicates.addAndGet(receipt.duplicates());
                if (receipt.duplicates() > 0) {
                    LOG.info("the server already had " + receipt.duplicates() + " of " + receipt.received() + " plays sent again");
                }
            } catch (ServerClient.Refused refused) {
                if (!setAside(batch, refused)) {
                    throw refused;
                }
            }
        }
        journal.compact(compactAtBytes);
    }

    long inserted() {
        return inserted.get();
    }

    long duplicates() {
        return duplicates.get();
    }

    private Batch next(String displayId) throws IOException {
        List<JournaledPlay> plays = new ArrayList<>();
        int[] bytes = {ENVELOPE_BYTES};
        JournalReplay replay = new JournalReplay(journal.acknowledged());
        try {
            journal.replayUnacknowledged(replay, play -> {
                PlayRecord record = play.record();
                if (rejected.contains(record.key())) {
                    return true;
                }
                if (!Objects.equals(play.displayId(), displayId)) {
                    setAside(play, "recorded as display " + play.displayId() + "; this player is now display " + displayId);
                    return true;
                }
                int size = ProtocolJson.write(record).length + 1;
                if (!plays.isEmpty() && (plays.size() >= PlayBatch.MAX_PLAYS || bytes[0] + size > batchBytes)) {
                    return false;
                }
                plays.add(play);
                bytes[0] += size;
                return true;
            }, reason -> LOG.warning("proof-of-play journal: " + reason));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return new Batch(plays, replay.settled(), bytes[0]);
    }

    /** Whether the refusal was dealt with, so the same plays can be tried again. */
    private boolean setAside(Batch batch, ServerClient.Refused refused) throws IOException {
        if (refused.status() == 413) {
            if (batch.plays().size() > 1) {
                // halving what was refused, not the budget: a limit below the budget shrinks batches quickly
                batchBytes = Math.max(1, Math.min(batchBytes, batch.bytes()) / 2);
                LOG.info("the server refused " + batch.plays().size() + " plays as too large; batches now up to " + batchBytes + " bytes");
            } else {
                rejected.add(batch.plays().get(0), "larger than the server accepts: " + refused.getMessage());
            }
            return true;
        }
        Matcher m = refused.status() == 400 && refused.field() != null ? RECORD_FIELD.matcher(refused.field()) : null;
        if (m != null && m.matches()) {
            int index = Integer.parseInt(m.group(1));
            if (index < batch.plays().size()) {
                rejected.add(batch.plays().get(index), "refused by the server: " + refused.getMessage());
                return true;
            }
        }
        return false;
    }

    private void setAside(JournaledPlay play, String reason) {
        try {
            rejected.add(play, reason);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
