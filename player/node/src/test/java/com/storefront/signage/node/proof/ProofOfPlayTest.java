package com.storefront.signage.node.proof;

import static com.storefront.signage.node.proof.Slots.CLIP;
import static com.storefront.signage.node.proof.Slots.PROMO;
import static com.storefront.signage.node.proof.Slots.T0;
import static com.storefront.signage.node.proof.Slots.WELCOME;
import static com.storefront.signage.node.proof.Slots.slot;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayRecord;
import com.storefront.signage.node.TestClock;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProofOfPlayTest {
    private static final String DISPLAY = "display-1";
    private final Manifest manifest = Slots.manifest("v1", DISPLAY);
    private final TestClock clock = new TestClock(Slots.T0);
    private final Receiver server = new Receiver();

    @TempDir
    Path dir;

    private ProofOfPlay open() throws IOException {
        return open(ProofOfPlay.MAX_JOURNAL_BYTES, ProofOfPlay.COMPACT_AT_BYTES);
    }

    private ProofOfPlay open(long maxBytes, long compactAt) throws IOException {
        return ProofOfPlay.open(dir, clock, clock::nanos, maxBytes, compactAt);
    }

    @Test
    void each_slot_on_screen_is_uploaded_with_its_start_end_duration_and_origin() throws IOException {
        ProofOfPlay proof = open();
        proof.playing(manifest, slot(WELCOME, T0));
        clock.advance(Duration.ofMillis(10_003));
        proof.playing(manifest, slot(CLIP, T0.plusSeconds(10)));
        clock.advance(Duration.ofSeconds(4));
        proof.playing(manifest, null);

        proof.upload(DISPLAY, server);

        List<PlayRecord> plays = new ArrayList<>(server.stored.values());
        assertEquals(2, plays.size());
        PlayRecord welcome = plays.get(0);
        assertEquals(WELCOME.id(), welcome.itemId());
        assertEquals("c1", welcome.campaignId());
        assertEquals("p1", welcome.playlistId());
        assertEquals("s1", welcome.slideId());
        assertNull(welcome.videoSha256());
        assertEquals(T0, welcome.startedAt());
        assertEquals(T0.plusMillis(10_003), welcome.endedAt());
        assertEquals(10_003L, welcome.durationMs());
        assertEquals("v1", welcome.manifestVersion());
        PlayRecord clip = plays.get(1);
        assertNull(clip.slideId());
        assertEquals(CLIP.video().sha256(), clip.videoSha256());
        assertEquals(4000L, clip.durationMs());
        assertEquals(0, proof.stats().unacknowledgedBytes());
    }

    @Test
    void the_same_item_in_the_next_slot_is_a_new_play_and_the_same_slot_is_not() throws IOException {
        ProofOfPlay proof = open();
        proof.playing(manifest, slot(WELCOME, T0));
        clock.advance(Duration.ofSeconds(5));
        proof.playing(manifest, slot(WELCOME, T0));
        clock.advance(Duration.ofSeconds(5));
        proof.playing(manifest, slot(WELCOME, T0.plusSeconds(10)));
        clock.advance(Duration.ofSeconds(10));
        proof.playing(manifest, null);

        proof.upload(DISPLAY, server);

        assertEquals(List.of(10_000L, 10_000L), server.stored.values().stream().map(PlayRecord::durationMs).toList());
    }

    @Test
    void the_play_on_screen_when_power_was_lost_is_uploaded_with_its_end_unknown() throws IOException {
        ProofOfPlay before = open();
        before.playing(manifest, slot(WELCOME, T0));
        clock.advance(Duration.ofSeconds(10));
        before.playing(manifest, slot(PROMO, T0.plusSeconds(10)));
        clock.advance(Duration.ofSeconds(3));
        // power lost: no end line for the promotion

        ProofOfPlay after = open();
        after.upload(DISPLAY, server);

        List<PlayRecord> plays = new ArrayList<>(server.stored.values());
        assertEquals(2, plays.size());
        assertEquals(10_000L, plays.get(0).durationMs());
        assertEquals(PROMO.id(), plays.get(1).itemId());
        assertNull(plays.get(1).endedAt());
        assertNull(plays.get(1).durationMs());
    }

    @Test
    void a_torn_journal_line_is_cut_and_the_plays_before_it_are_uploaded() throws IOException {
        ProofOfPlay before = open();
        for (int i = 0; i < 3; i++) {
            before.playing(manifest, slot(WELCOME, T0.plusSeconds(10L * i)));
            clock.advance(Duration.ofSeconds(10));
        }
        before.playing(manifest, null);
        Path journal = onlyJournalFile();
        Files.write(journal, "{\"end\":null,\"start\":{\"key\":\"9a1c".getBytes(), StandardOpenOption.APPEND);

        ProofOfPlay reopened = open();
        assertTrue(Files.readString(journal).endsWith("}\n"), "the torn line is cut");
        reopened.upload(DISPLAY, server);

        assertEquals(3, server.stored.size());
        assertTrue(server.stored.values().stream().allMatch(PlayRecord::ended));
    }

    @Test
    void a_batch_whose_answer_was_lost_is_sent_again_with_the_same_keys_and_counted_once() throws IOException {
        ProofOfPlay proof = open();
        playSlots(proof, 4);
        server.loseNextAnswer = true;

        assertThrows(IOException.class, () -> proof.upload(DISPLAY, server));
        assertEquals(4, server.stored.size(), "the server kept the batch");
        proof.upload(DISPLAY, server);

        assertEquals(4, server.stored.size());
        assertEquals(0, proof.stats().inserted());
        assertEquals(4, proof.stats().duplicates());
    }

    @Test
    void plays_wait_in_the_journal_while_the_server_is_down_and_go_up_once_it_is_back() throws IOException {
        ProofOfPlay proof = open();
        server.down = true;
        for (int round = 0; round < 3; round++) {
            playSlots(proof, 5);
            assertThrows(IOException.class, () -> proof.upload(DISPLAY, server));
        }
        assertTrue(proof.stats().unacknowledgedBytes() > 0);
        server.down = false;

        proof.upload(DISPLAY, server);
        proof.upload(DISPLAY, server);

        assertEquals(15, server.stored.size());
        assertEquals(15, proof.stats().inserted());
        assertEquals(0, proof.stats().duplicates());
        assertEquals(0, proof.stats().unacknowledgedBytes());
    }

    @Test
    void batches_halve_when_the_server_says_too_large_until_they_fit() throws IOException {
        ProofOfPlay proof = open();
        playSlots(proof, 40);
        server.maxBodyBytes = 4000;

        proof.upload(DISPLAY, server);

        assertEquals(40, server.stored.size());
        assertTrue(server.batchSizes.stream().allMatch(n -> n < 40), "batch sizes " + server.batchSizes);
    }

    @Test
    void a_record_the_server_refuses_is_set_aside_with_the_reason_and_the_others_go_up() throws IOException {
        ProofOfPlay proof = open();
        playSlots(proof, 6);
        server.refuse = r -> r.itemId().equals(PROMO.id()) && r.startedAt().equals(T0.plusSeconds(10));

        proof.upload(DISPLAY, server);

        assertEquals(5, server.stored.size());
        assertEquals(1, proof.stats().setAside());
        String rejected = Files.readString(dir.resolve(RejectedPlays.FILE));
        assertTrue(rejected.contains("no such item") && rejected.contains(PROMO.id()), rejected);
        proof.upload(DISPLAY, server);
        assertEquals(5, server.stored.size(), "the refused record is not sent again");
    }

    @Test
    void plays_recorded_as_another_display_are_set_aside_and_not_uploaded_as_this_one() throws IOException {
        ProofOfPlay proof = open();
        playSlots(proof, 2);

        proof.upload("display-2", server);

        assertTrue(server.stored.isEmpty());
        assertEquals(2, proof.stats().setAside());
        assertTrue(Files.readString(dir.resolve(RejectedPlays.FILE)).contains("recorded as display display-1"));
    }

    @Test
    void a_full_journal_counts_the_plays_it_cannot_record_and_keeps_the_ones_it_has() throws IOException {
        ProofOfPlay proof = open(2_000, ProofOfPlay.COMPACT_AT_BYTES);
        playSlots(proof, 10);

        long recorded = 10 - proof.stats().notRecorded();
        assertTrue(proof.stats().notRecorded() > 0 && recorded > 0, proof.stats().toString());
        proof.upload(DISPLAY, server);
        assertEquals(recorded, server.stored.size());
        assertTrue(server.stored.values().stream().allMatch(PlayRecord::ended), "every recorded play has its end");
    }

    @Test
    void a_corrected_clock_stepping_back_during_a_play_keeps_its_end_after_its_start() throws IOException {
        ProofOfPlay proof = open();
        proof.playing(manifest, slot(WELCOME, T0));
        clock.advance(Duration.ofSeconds(2));
        clock.step(Duration.ofSeconds(-30));
        proof.playing(manifest, null);

        proof.upload(DISPLAY, server);

        PlayRecord play = server.stored.values().iterator().next();
        assertEquals(2000L, play.durationMs());
        assertEquals(T0.plusSeconds(2), play.endedAt());
    }

    /** Plays {@code n} ten-second slots, alternating two items, and leaves the screen idle. */
    private void playSlots(ProofOfPlay proof, int n) {
        for (int i = 0; i < n; i++) {
            proof.playing(manifest, slot(i % 2 == 0 ? WELCOME : PROMO, clock.instant()));
            clock.advance(Duration.ofSeconds(10));
        }
        proof.playing(manifest, null);
    }

    private Path onlyJournalFile() throws IOException {
        try (var files = Files.list(dir)) {
            List<Path> journals = files.filter(f -> f.getFileName().toString().startsWith("plays-")).toList();
            assertEquals(1, journals.size(), journals.toString());
            return journals.get(0);
        }
    }
}
