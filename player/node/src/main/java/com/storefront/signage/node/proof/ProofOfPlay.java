package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayBatch;
import com.storefront.signage.core.protocol.PlayReceipt;
import com.storefront.signage.core.schedule.Play;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.LongSupplier;
import java.util.logging.Logger;

/**
 * Proof of play: every slot of the timeline that was on screen is journaled on the device when it
 * goes on screen and when it leaves, then uploaded in batches until the server has it; no play is
 * lost across outages and restarts, and none counts twice (each carries its own idempotency key).
 *
 * <p>Keys are random UUIDs drawn at the start of a play and written with it, not derived from
 * display, item and start: the start comes from the server-corrected clock, which may step
 * when a new measurement arrives, and a derived key would then tie two plays together or part
 * one; a drawn key names exactly one journal entry, whatever happens to clocks or pairing.
 *
 * <p>Bound: the journal stops taking new plays at {@link #MAX_JOURNAL_BYTES} (about 100,000
 * plays, eleven days of ten-second items with the server away). Plays beyond it are not recorded;
 * each is counted in {@link ProofOfPlayStats#notRecorded()} and logged (the first, then every
 * thousandth), never dropped silently. Nothing already journaled is ever discarded.
 *
 * <p>Threading: {@link #playing} on the playback thread only; {@link #upload} on the sync
 * thread only; {@link #stats} from any thread.
 */
public final class ProofOfPlay {
    private static final Logger LOG = Logger.getLogger(ProofOfPlay.class.getName());
    public static final long MAX_JOURNAL_BYTES = 64L << 20;
    /** Compact once this much is acknowledged (or everything is), so the journal stays small while the server answers. */
    public static final long COMPACT_AT_BYTES = 64L << 10;

    /** Hands a batch to the server; the player's is {@code ServerClient.uploadPlays} with its token. */
    @FunctionalInterface
    public interface PlaySender {
        PlayReceipt send(PlayBatch batch) throws IOException;
    }

    private record OnScreen(Manifest manifest, String itemId, Instant slot, String key, Instant startedAt, long startedNanos,
                            boolean journaled) {
    }

    private final PlayJournal journal;
    private final RejectedPlays rejected;
    private final PlayUploader uploader;
    private final Clock clock;
    private final LongSupplier nanos;
    private final AtomicLong notRecorded = new AtomicLong();
    private OnScreen onScreen;

    private ProofOfPlay(PlayJournal journal, RejectedPlays rejected, long compactAtBytes, Clock clock, LongSupplier nanos) {
        this.journal = journal;
        this.rejected = rejected;
        this.uploader = new PlayUploader(journal, rejected, compactAtBytes);
        this.clock = clock;
        this.nanos = nanos;
    }

    /** Opens the journal in {@code dir}; {@code clock} is the server-corrected clock plays are stamped with. */
    public static ProofOfPlay open(Path dir, Clock clock) throws IOException {
        return open(dir, clock, System::nanoTime, MAX_JOURNAL_BYTES, COMPACT_AT_BYTES);
    }

    public static ProofOfPlay open(Path dir, Clock clock, LongSupplier nanos, long maxJournalBytes, long compactAtBytes)
            throws IOException {
        PlayJournal journal = PlayJournal.open(dir, maxJournalBytes);
        String cut = journal.openPlay().orElse(null);
        if (cut != null) {
            // it was on screen when the process stopped; it counts, with its end unknown
            journal.append(JournalLine.of(PlayEnded.lost(cut)), true);
            LOG.info("play " + cut + " was on screen when the player stopped; recorded with its end unknown");
        }
        return new ProofOfPlay(journal, RejectedPlays.open(dir), compactAtBytes, clock, nanos);
    }

    /**
     * Playback thread: {@code play} of {@code manifest} is on screen now, or nothing of the
     * schedule is ({@code play} null: idle, pairing, a frame that failed to render, stopping). A
     * new slot of the timeline is a new play even when the screen keeps the same item.
     */
    public void playing(Manifest manifest, Play play) {
        OnScreen now = onScreen;
        if (now != null && play != null && now.manifest() == manifest && now.itemId().equals(play.item().id())
                && now.slot().equals(play.start())) {
            return;
        }
        end();
        if (play != null) {
            start(manifest, play);
        }
    }

    private void start(Manifest manifest, Play play) {
        String key = UUID.randomUUID().toString();
        Instant startedAt = clock.instant();
        long startedNanos = nanos.getAsLong();
        PlayStarted started = PlayStarted.of(key, manifest.displayId(), play.item(), startedAt, manifest.version());
        boolean journaled = false;
        String why;
        try {
            started.record(null);
            journaled = journal.append(JournalLine.of(started), false);
            why = "the journal is full (" + journal.unacknowledgedBytes() + " bytes wait for the server)";
        } catch (IllegalArgumentException e) {
            why = "it cannot be recorded: " + e.getMessage();
        } catch (IOException e) {
            why = "the journal cannot be written: " + e.getMessage();
        }
        if (!journaled) {
            long n = notRecorded.incrementAndGet();
            if (n == 1 || n % 1000 == 0) {
                LOG.warning("play of item " + play.item().id() + " not recorded because " + why + "; " + n
                        + " play(s) not recorded since the player started");
            }
        }
        onScreen = new OnScreen(manifest, play.item().id(), play.start(), key, startedAt, startedNanos, journaled);
    }

    private void end() {
        OnScreen s = onScreen;
        onScreen = null;
        if (s == null || !s.journaled()) {
            return;
        }
        long ms = Math.max(0, (nanos.getAsLong() - s.startedNanos()) / 1_000_000);
        Instant endedAt = clock.instant();
        if (endedAt.isBefore(s.startedAt())) {
            // the corrected clock stepped back during the play; the monotonic duration still holds
            endedAt = s.startedAt().plusMillis(ms);
        }
        try {
            journal.append(JournalLine.of(new PlayEnded(s.key(), endedAt, ms)), true);
        } catch (IOException e) {
            LOG.warning("cannot record the end of play " + s.key() + " (" + e.getMessage() + "); it counts with its end unknown");
        }
    }

    /**
     * Sync thread: uploads every finished play recorded as {@code displayId} (the display the
     * current token belongs to) and compacts the journal. Plays recorded as another display
     * (before a re-pairing) are set aside, not sent as this one's.
     */
    public void upload(String displayId, PlaySender sender) throws IOException {
        uploader.upload(displayId, sender);
    }

    public ProofOfPlayStats stats() {
        return new ProofOfPlayStats(uploader.inserted(), uploader.duplicates(), notRecorded.get(), rejected.count(),
                journal.unacknowledgedBytes());
    }
}
