package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.schedule.ScheduleEntry;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);
    private static final Instant START = Instant.parse("2026-01-01T00:00:00Z");

    @Test
    void mediaNeededListsEachHashOnceInSortedOrder() {
        Manifest manifest = manifest(List.of(item("1", List.of(B, A)), item("2", List.of(A)), item("3", List.of())));

        assertEquals(List.of(A, B), manifest.mediaNeeded());
    }

    @Test
    void entriesCannotBeChangedAfterConstruction() {
        List<ScheduleEntry> entries = new ArrayList<>(List.of(ScheduleEntry.defaultLoop(List.of(item("1", List.of(A))))));
        Manifest manifest = new Manifest("v1", "d1", "Till", DisplayClass.EINK_BW, "s1", "UTC", START, START, START.plusSeconds(86_400),
                entries, List.of());

        entries.clear();

        assertEquals(1, manifest.entries().size());
        assertThrows(UnsupportedOperationException.class, () -> manifest.entries().clear());
    }

    @Test
    void aManifestWhoseEntriesAreAllEmptyHasNothingToPlay() {
        assertFalse(manifest(List.of()).hasItems());
        assertTrue(manifest(List.of(item("1", List.of()))).hasItems());
    }

    private static Manifest manifest(List<PlayItem> items) {
        return new Manifest("v1", "d1", "Till", DisplayClass.EINK_BW, "s1", "UTC", START, START, START.plusSeconds(86_400),
                List.of(ScheduleEntry.defaultLoop(items)), List.of());
    }

    private static PlayItem item(String id, List<String> media) {
        return new PlayItem(id, null, null, "slide-" + id, 5000, new SlideSpec("welcome", "en", Map.of("greeting", "Hi"), media));
    }
}
