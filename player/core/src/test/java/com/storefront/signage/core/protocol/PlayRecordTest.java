package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

class PlayRecordTest {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final String KEY = "3f2b8c1e-5d4a-4b7e-9c1f-2a6d8e0b4c13";

    @Test
    void a_batch_survives_the_shared_json_mapping_unchanged() {
        PlayBatch batch = new PlayBatch(List.of(
                new PlayRecord(KEY, "c/p/0/en", "c", "p", "s", null, T0, T0.plusSeconds(8), 8000L, "v1"),
                new PlayRecord("0c4e5a3b-8f1d-4e2a-b6c9-7d3f1a2e5b80", "default/p/1/en", null, "p", null, "ab".repeat(32), T0, null,
                        null, "v1")));

        assertEquals(batch, ProtocolJson.read(ProtocolJson.write(batch), PlayBatch.class));
    }

    @Test
    void an_invalid_record_names_its_field() {
        assertEquals("endedAt", field(() -> new PlayRecord(KEY, "i", null, null, "s", null, T0, T0.minusMillis(1), 0L, "v")));
        assertEquals("durationMs", field(() -> new PlayRecord(KEY, "i", null, null, "s", null, T0, T0, null, "v")));
        assertEquals("key", field(() -> new PlayRecord("1-2-3-4-5", "i", null, null, "s", null, T0, null, null, "v")));
        assertEquals("slideId", field(() -> new PlayRecord(KEY, "i", null, null, null, null, T0, null, null, "v")));
        assertEquals("manifestVersion", field(() -> new PlayRecord(KEY, "i", null, null, "s", null, T0, null, null, " ")));
    }

    @Test
    void a_batch_holds_one_to_five_hundred_plays() {
        PlayRecord play = new PlayRecord(KEY, "i", null, null, "s", null, T0, null, null, "v");
        assertEquals("plays", field(() -> new PlayBatch(List.of())));
        assertEquals("plays", field(() -> new PlayBatch(Collections.nCopies(PlayBatch.MAX_PLAYS + 1, play))));
        assertEquals(PlayBatch.MAX_PLAYS, new PlayBatch(Collections.nCopies(PlayBatch.MAX_PLAYS, play)).plays().size());
    }

    private static String field(Runnable construct) {
        return assertThrows(InvalidField.class, construct::run).field();
    }
}
