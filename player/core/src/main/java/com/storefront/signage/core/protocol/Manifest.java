package com.storefront.signage.core.protocol;

import java.util.List;
import java.util.Objects;

/**
 * What a display plays. {@code version} is a hash of everything but {@code generatedAt}, so an
 * unchanged schedule keeps its version and the player gets a 304.
 */
public record Manifest(
        String version,
        String displayId,
        String displayName,
        DisplayClass displayClass,
        String storeId,
        String timeZone,
        String generatedAt,
        String validUntil,
        List<PlayItem> items) {

    public Manifest {
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(displayClass, "displayClass");
        items = List.copyOf(items);
    }

    /** Every media hash the items need, so a player can fetch them all before switching. */
    public List<String> mediaNeeded() {
        return items.stream().flatMap(i -> i.slide().media().stream()).distinct().sorted().toList();
    }
}
