package com.storefront.signage.node.proof;

import static com.storefront.signage.node.proof.Slots.PROMO;
import static com.storefront.signage.node.proof.Slots.WELCOME;
import static com.storefront.signage.node.proof.Slots.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayRecord;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Compaction never loses a line appended meanwhile, and a compaction cut by power is finished on open. */
class PlayJournalCompactionTest {
    private static final String DISPLAY = "display-1";
    private final Manifest manifest = Slots.manifest("v1", DISPLAY);

    @TempDir
    Path dir;

    @Test
    void plays_appended_while_the_sync_thread_uploads_and_compacts_all_arrive_exactly_once() throws Exception {
        // compacting after every acknowledgement makes the two threads meet as often as possible
        ProofOfPlay proof = ProofOfPlay.open(dir, Clock.systemUTC(), System::nanoTime, ProofOfPlay.MAX_JOURNAL_BYTES, 1);
        Receiver server = new Receiver();
        int plays = 400;
        AtomicBoolean done = new AtomicBoolean();
        Thread playback = new Thread(() -> {
            Instant slot = Instant.parse("2026-12-01T09:00:00Z");
            for (int i = 0; i < plays; i++) {
                proof.playing(manifest, slot(i % 2 == 0 ? WELCOME : PROMO, slot));
                slot = slot.plusSeconds(10);
            }
            proof.playing(manifest, null);
            done.set(true);
        }, "playback");
        playback.start();
        int uploads = 0;
        while (!done.get()) {
            proof.upload(DISPLAY, server);
            uploads++;
        }
        playback.join();
        proof.upload(DISPLAY, server);

        assertEquals(plays, server.stored.size());
        assertEquals(0, proof.stats().duplicates(), "nothing was sent twice");
        assertTrue(uploads > 1, "the threads overlapped");
        List<Instant> starts = server.stored.values().stream().map(PlayRecord::startedAt).toList();
        assertEquals(starts.stream().sorted().toList(), starts, "plays arrive in the order they played");
        assertEquals(0, proof.stats().unacknowledgedBytes());
        assertEquals(1, journalFiles().size());
    }

    @Test
    void a_compaction_that_renamed_its_new_file_but_lost_power_before_the_cursor_is_finished_on_open() throws IOException {
        TestClock clock = new TestClock(Slots.T0);
        Receiver server = new Receiver();
        ProofOfPlay proof = ProofOfPlay.open(dir, clock, clock::nanos, ProofOfPlay.MAX_JOURNAL_BYTES, Long.MAX_VALUE);
        play(proof, clock, 3);
        proof.playing(manifest, slot(WELCOME, clock.instant()));
        proof.upload(DISPLAY, server);
        clock.advance(Duration.ofSeconds(10));
        proof.playing(manifest, null);
        // what the compaction had written when power went: the unacknowledged tail as the next file
        Path first = journalFiles().get(0);
        JournalCursor cursor = JournalCursor.read(dir).orElseThrow();
        assertTrue(cursor.offset() > 0, "three plays acknowledged, the fourth still on screen when they were sent");
        byte[] all = Files.readAllBytes(first);
        Files.write(PlayJournal.file(dir, cursor.generation() + 1),
                java.util.Arrays.copyOfRange(all, (int) cursor.offset(), all.length));

        ProofOfPlay reopened = ProofOfPlay.open(dir, clock, clock::nanos, ProofOfPlay.MAX_JOURNAL_BYTES, Long.MAX_VALUE);
        assertFalse(Files.exists(first), "the old file is deleted");
        reopened.upload(DISPLAY, server);

        assertEquals(4, server.stored.size());
        assertEquals(1, reopened.stats().inserted(), "only the fourth play was sent");
        assertEquals(0, reopened.stats().duplicates(), "the acknowledged plays were not sent again");
    }

    @Test
    void a_compaction_that_moved_the_cursor_but_lost_power_before_deleting_the_old_file_is_finished_on_open() throws IOException {
        TestClock clock = new TestClock(Slots.T0);
        Receiver server = new Receiver();
        ProofOfPlay proof = ProofOfPlay.open(dir, clock, clock::nanos, ProofOfPlay.MAX_JOURNAL_BYTES, 1);
        play(proof, clock, 3);
        Path beforeCompaction = dir.resolve("old.copy");
        Files.copy(journalFiles().get(0), beforeCompaction);
        proof.upload(DISPLAY, server);
        JournalCursor cursor = JournalCursor.read(dir).orElseThrow();
        assertEquals(2, cursor.generation(), "compacted");
        Files.move(beforeCompaction, PlayJournal.file(dir, 1));

        ProofOfPlay reopened = ProofOfPlay.open(dir, clock, clock::nanos, ProofOfPlay.MAX_JOURNAL_BYTES, 1);
        reopened.upload(DISPLAY, server);

        assertEquals(3, server.stored.size());
        assertEquals(0, reopened.stats().duplicates() + reopened.stats().inserted(), "nothing was sent again");
        assertEquals(List.of(PlayJournal.file(dir, 2)), journalFiles());
    }

    @Test
    void the_journal_holds_exactly_the_unacknowledged_lines_after_compaction() throws IOException {
        TestClock clock = new TestClock(Slots.T0);
        Receiver server = new Receiver();
        ProofOfPlay proof = ProofOfPlay.open(dir, clock, clock::nanos, ProofOfPlay.MAX_JOURNAL_BYTES, 1);
        play(proof, clock, 5);
        proof.playing(manifest, slot(WELCOME, clock.instant()));

        proof.upload(DISPLAY, server);

        List<String> lines = Files.readAllLines(journalFiles().get(0));
        assertEquals(1, lines.size(), "only the play still on screen: " + lines);
        JournalLine open = ProtocolJson.read(lines.get(0).getBytes(), JournalLine.class);
        assertTrue(open.start() != null && !server.stored.containsKey(open.start().key()));
        Set<String> keys = new HashSet<>(server.stored.keySet());
        clock.advance(Duration.ofSeconds(10));
        proof.playing(manifest, null);
        proof.upload(DISPLAY, server);
        assertEquals(6, server.stored.size());
        assertTrue(server.stored.keySet().containsAll(keys));
    }

    private void play(ProofOfPlay proof, TestClock clock, int n) {
        for (int i = 0; i < n; i++) {
            proof.playing(manifest, slot(i % 2 == 0 ? WELCOME : PROMO, clock.instant()));
            clock.advance(Duration.ofSeconds(10));
        }
        proof.playing(manifest, null);
    }

    private List<Path> journalFiles() throws IOException {
        try (var files = Files.list(dir)) {
            return new ArrayList<>(files.filter(f -> f.getFileName().toString().matches("plays-\\d+\\.jsonl")).sorted().toList());
        }
    }
}
