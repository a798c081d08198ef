package com.storefront.signage.core.protocol;

import java.util.Objects;

/**
 * {@code {"type":"manifest","version":"...","fetchWithinMs":N}}: the display's manifest is now at
 * {@code version}. Sent when a socket opens (so a player that missed hints while away catches up)
 * and whenever an edit changes the version. A player holding another version fetches the manifest
 * at a uniformly random moment within {@code fetchWithinMs} (0: at once): an edit that reaches a
 * whole fleet is then fetched over a few seconds instead of by every player in the same instant,
 * while the hints themselves still go out at once.
 */
public record ManifestHint(String version, Integer fetchWithinMs) implements PushMessage {
    public static final int MAX_VERSION = 128;
    /** The longest spread a server may ask for; a larger one (or a negative one) is refused. */
    public static final int MAX_FETCH_WITHIN_MS = 60_000;

    public ManifestHint {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > MAX_VERSION) {
            throw new IllegalArgumentException("version must be 1-" + MAX_VERSION + " characters");
        }
        // servers from before the spread send none: at once
        fetchWithinMs = fetchWithinMs == null ? 0 : fetchWithinMs;
        if (fetchWithinMs < 0 || fetchWithinMs > MAX_FETCH_WITHIN_MS) {
            throw new IllegalArgumentException("fetchWithinMs must be 0-" + MAX_FETCH_WITHIN_MS);
        }
    }

    /** A hint to fetch at once. */
    public ManifestHint(String version) {
        this(version, 0);
    }
}
