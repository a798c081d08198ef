package com.storefront.signage.node.proof;

import static com.storefront.signage.node.proof.Slots.T0;
import static com.storefront.signage.node.proof.Slots.WELCOME;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JournalReplayTest {
    private final List<JournaledPlay> taken = new ArrayList<>();
    private final List<String> skipped = new ArrayList<>();

    @Test
    void a_start_that_meets_the_next_start_without_its_end_counts_with_its_end_unknown() {
        JournalReplay replay = new JournalReplay(0);
        replay.accept(JournalLine.of(start("a")), 100, taken::add, skipped::add);
        replay.accept(JournalLine.of(start("b")), 200, taken::add, skipped::add);
        assertEquals(100, replay.settled(), "settled up to the open play's start");
        replay.accept(JournalLine.of(new PlayEnded(key("b"), T0.plusSeconds(5), 5000L)), 250, taken::add, skipped::add);

        assertEquals(List.of("a", "b"), taken.stream().map(p -> p.record().key().substring(35)).toList());
        assertNull(taken.get(0).record().endedAt());
        assertEquals(5000L, taken.get(1).record().durationMs());
        assertEquals(250, replay.settled());
    }

    @Test
    void a_play_the_sink_refuses_stays_unsettled_with_everything_after_it() {
        JournalReplay replay = new JournalReplay(10);
        replay.accept(JournalLine.of(start("a")), 100, taken::add, skipped::add);
        replay.accept(JournalLine.of(new PlayEnded(key("a"), T0, 0L)), 150, taken::add, skipped::add);
        replay.accept(JournalLine.of(start("b")), 250, p -> false, skipped::add);
        boolean more = replay.accept(JournalLine.of(new PlayEnded(key("b"), T0, 0L)), 300, p -> false, skipped::add);

        assertEquals(false, more);
        assertEquals(150, replay.settled());
        assertEquals(1, taken.size());
    }

    @Test
    void an_end_without_its_start_is_reported_and_passed_over() {
        JournalReplay replay = new JournalReplay(0);
        replay.accept(JournalLine.of(new PlayEnded("gone", T0, 0L)), 40, taken::add, skipped::add);

        assertEquals(40, replay.settled());
        assertEquals(1, skipped.size());
        assertEquals(List.of(), taken);
    }

    private static PlayStarted start(String letter) {
        return PlayStarted.of(key(letter), "display-1", WELCOME, T0, "v1");
    }

    private static String key(String hexDigit) {
        return "00000000-0000-4000-8000-00000000000" + hexDigit;
    }
}
