package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ManifestTest {
    private static final String A = "a".repeat(64);
    private static final String B = "b".repeat(64);

    @Test
    void mediaNeededListsEachHashOnceInSortedOrder() {
        Manifest manifest = manifest(List.of(item("1", List.of(B, A)), item("2", List.of(A)), item("3", List.of())));

        assertEquals(List.of(A, B), manifest.mediaNeeded());
    }

    @Test
    void itemsCannotBeChangedAfterConstruction() {
        List<PlayItem> items = new ArrayList<>(List.of(item("1", List.of(A))));
        Manifest manifest = manifest(items);

        items.clear();

        assertEquals(1, manifest.items().size());
        assertThrows(UnsupportedOperationException.class, () -> manifest.items().clear());
    }

    private static Manifest manifest(List<PlayItem> items) {
        return new Manifest("v1", "d1", "Till", DisplayClass.EINK_BW, "s1", "UTC", "2026-01-01T00:00:00Z", null, items);
    }

    private static PlayItem item(String id, List<String> media) {
        return new PlayItem(id, null, null, "slide-" + id, 5000, new SlideSpec("welcome", "en", Map.of("greeting", "Hi"), media));
    }
}
