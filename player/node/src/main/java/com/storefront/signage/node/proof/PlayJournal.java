package com.storefront.signage.node.proof;

import com.storefront.signage.node.cache.AtomicFiles;
import com.storefront.signage.node.journal.AppendOnlyLog;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The proof-of-play journal on disk: {@code plays-<generation>.jsonl}, an {@link AppendOnlyLog}
 * of start and end lines (each fsynced; a torn last line is cut on open), and a
 * {@link JournalCursor} saying how much of it the server has acknowledged. Compaction copies the
 * unacknowledged tail into the next generation's file (temp file, fsync, rename), then moves the
 * cursor there, then deletes the old file; opening finishes a compaction a power cut interrupted.
 *
 * <p>Threading: the playback thread appends; the sync thread reads, acknowledges and compacts.
 * Appends and the file switch of a compaction exclude each other, so a line appended while the
 * sync thread compacts lands in the new file or is copied into it, never lost.
 */
final class PlayJournal {
    private static final Logger LOG = Logger.getLogger(PlayJournal.class.getName());
    private static final Pattern NAME = Pattern.compile("plays-(\\d+)\\.jsonl");

    private final Path dir;
    private final long maxBytes;
    private final Object lock = new Object();
    private AppendOnlyLog log;
    private long generation;
    private volatile long acknowledged;

    private PlayJournal(Path dir, long maxBytes, AppendOnlyLog log, long generation, long acknowledged) {
        this.dir = dir;
        this.maxBytes = maxBytes;
        this.log = log;
        this.generation = generation;
        this.acknowledged = acknowledged;
    }

    /** Opens the journal in {@code dir}, finishing an interrupted compaction; appends stop at {@code maxBytes}. */
    static PlayJournal open(Path dir, long maxBytes) throws IOException {
        Files.createDirectories(dir);
        // a compaction's or cursor's temp file from a process that died before its rename holds nothing needed
        AtomicFiles.deleteLeftovers(dir, ".tmp");
        TreeSet<Long> generations = generations(dir);
        JournalCursor cursor = savedCursor(dir).orElse(null);
        if (cursor == null) {
            if (generations.size() > 1) {
                LOG.warning("proof-of-play journal " + dir + " has no cursor but several files; uploading from the oldest "
                        + "(the server counts each play once)");
            }
            cursor = new JournalCursor(generations.isEmpty() ? 1 : generations.first(), 0);
            cursor.write(dir);
        } else if (!generations.isEmpty() && generations.last() > cursor.generation()) {
            // a compaction renamed the tail into place but lost power before moving the cursor
            cursor = new JournalCursor(generations.last(), 0);
            cursor.write(dir);
        }
        for (long older : generations.headSet(cursor.generation())) {
            Files.deleteIfExists(file(dir, older));
        }
        AppendOnlyLog log = AppendOnlyLog.open(file(dir, cursor.generation()));
        if (cursor.offset() > log.size()) {
            LOG.warning("proof-of-play cursor is past the end of " + log.file() + "; uploading the whole file again");
            cursor = new JournalCursor(cursor.generation(), 0);
            cursor.write(dir);
        }
        return new PlayJournal(dir, maxBytes, log, cursor.generation(), cursor.offset());
    }

    private static Optional<JournalCursor> savedCursor(Path dir) throws IOException {
        try {
            return JournalCursor.read(dir);
        } catch (UncheckedIOException | IllegalArgumentException e) {
            // written atomically, so only a damaged disk gets here; sending again is safe, skipping is not
            LOG.warning("unreadable proof-of-play cursor (" + e.getMessage() + "); uploading the journal from its start");
            return Optional.empty();
        }
    }

    private static TreeSet<Long> generations(Path dir) throws IOException {
        TreeSet<Long> out = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.forEach(f -> {
                Matcher m = NAME.matcher(f.getFileName().toString());
                if (m.matches()) {
                    out.add(Long.parseLong(m.group(1)));
                }
            });
        }
        return out;
    }

    static Path file(Path dir, long generation) {
        return dir.resolve(String.format("plays-%012d.jsonl", generation));
    }

    /**
     * Appends a line; a line that is not {@code required} (a new play's start) is refused when the
     * file would grow past the bound. An end line is always written, so no play stays open.
     */
    boolean append(JournalLine line, boolean required) throws IOException {
        byte[] bytes = line.bytes();
        synchronized (lock) {
            if (!required && log.size() + bytes.length + 1 > maxBytes) {
                return false;
            }
            log.append(bytes);
            return true;
        }
    }

    /** The play whose start is the journal's last line: it was on screen when the last process stopped. */
    Optional<String> openPlay() throws IOException {
        synchronized (lock) {
            return log.lastLine().flatMap(bytes -> {
                try {
                    PlayStarted start = JournalLine.parse(bytes).start();
                    return Optional.ofNullable(start).map(PlayStarted::key);
                } catch (RuntimeException e) {
                    return Optional.empty();
                }
            });
        }
    }

    /** Bytes appended but not yet acknowledged. */
    long unacknowledgedBytes() {
        synchronized (lock) {
            return log.size() - acknowledged;
        }
    }

    /**
     * Replays the unacknowledged lines into {@code replay} until it stops; sync thread only.
     * Only lines complete when the call starts are read.
     */
    void replayUnacknowledged(JournalReplay replay, JournalReplay.Sink sink, Consumer<String> skipped)
            throws IOException {
        AppendOnlyLog current;
        long end;
        synchronized (lock) {
            current = log;
            end = log.size();
        }
        current.read(acknowledged, end, (bytes, lineEnd) -> {
            JournalLine line;
            try {
                line = JournalLine.parse(bytes);
            } catch (RuntimeException e) {
                skipped.accept("unreadable journal line ending at byte " + lineEnd + " of " + current.file());
                replay.unreadable(lineEnd);
                return true;
            }
            return replay.accept(line, lineEnd, sink, skipped);
        });
    }

    long acknowledged() {
        return acknowledged;
    }

    /** Notes that the server holds everything before {@code offset}; sync thread only. */
    void acknowledge(long offset) throws IOException {
        if (offset <= acknowledged) {
            return;
        }
        long generationNow;
        synchronized (lock) {
            generationNow = generation;
        }
        new JournalCursor(generationNow, offset).write(dir);
        acknowledged = offset;
    }

    /**
     * Starts a new file holding only the unacknowledged tail, once at least
     * {@code minAcknowledgedBytes} are acknowledged or everything is; sync thread only.
     * Returns whether it compacted.
     */
    boolean compact(long minAcknowledgedBytes) throws IOException {
        synchronized (lock) {
            long ack = acknowledged;
            if (ack == 0 || (ack < minAcknowledgedBytes && ack < log.size())) {
                return false;
            }
            long next = generation + 1;
            Path target = file(dir, next);
            Path temp = Files.createTempFile(dir, "." + target.getFileName(), ".tmp");
            try {
                copyTail(log.file(), ack, log.size(), temp);
                AtomicFiles.move(temp, target);
            } finally {
                Files.deleteIfExists(temp);
            }
            AppendOnlyLog tail;
            try {
                tail = AppendOnlyLog.open(target);
                new JournalCursor(next, 0).write(dir);
            } catch (IOException e) {
                // appends go on into the old file; a new file left behind would be adopted on open and lose them
                Files.deleteIfExists(target);
                throw e;
            }
            Path old = log.file();
            log = tail;
            generation = next;
            acknowledged = 0;
            Files.deleteIfExists(old);
            return true;
        }
    }

    private static void copyTail(Path from, long offset, long end, Path to) throws IOException {
        try (InputStream in = Files.newInputStream(from);
             FileOutputStream out = new FileOutputStream(to.toFile())) {
            in.skipNBytes(offset);
            long left = end - offset;
            byte[] buffer = new byte[8192];
            while (left > 0) {
                int n = in.read(buffer, 0, (int) Math.min(buffer.length, left));
                if (n < 0) {
                    throw new IOException("journal " + from + " ended before byte " + end);
                }
                out.write(buffer, 0, n);
                left -= n;
            }
            out.getFD().sync();
        }
    }
}
