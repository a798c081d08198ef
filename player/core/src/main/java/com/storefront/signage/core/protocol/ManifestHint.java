package com.storefront.signage.core.protocol;

import java.util.Objects;

/**
 * {@code {"type":"manifest","version":"..."}}: the display's manifest is now at {@code version}.
 * Sent when a socket opens (so a player that missed hints while away catches up) and whenever an
 * edit changes the version; a player holding another version fetches the manifest at once.
 */
public record ManifestHint(String version) implements PushMessage {
    public static final int MAX_VERSION = 128;

    public ManifestHint {
        Objects.requireNonNull(version, "version");
        if (version.isBlank() || version.length() > MAX_VERSION) {
            throw new IllegalArgumentException("version must be 1-" + MAX_VERSION + " characters");
        }
    }
}
