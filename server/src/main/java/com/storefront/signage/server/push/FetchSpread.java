package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.ManifestHint;

/**
 * How long the players hinted together may take to fetch: long enough that their fetches reach
 * this instance at about {@value #FETCHES_PER_SECOND} a second, so a fleet-wide edit neither
 * stampedes the server (nor, on a shared machine, starves the hints still going out) while a
 * handful of hints are still fetched at once. Players fetch at a random moment inside the window
 * ({@link ManifestHint#fetchWithinMs()}). Pure.
 */
final class FetchSpread {
    /** About what one instance answers with whole manifests while it keeps 304s and hints flowing. */
    static final int FETCHES_PER_SECOND = 2000;
    /** Below this many hints at once, fetches come at once: the spread would be under a tenth of a second. */
    static final int AT_ONCE_UP_TO = FETCHES_PER_SECOND / 10;

    private FetchSpread() {
    }

    /** The window, in milliseconds, for {@code hints} sent together. */
    static int forHints(int hints) {
        if (hints <= AT_ONCE_UP_TO) {
            return 0;
        }
        long ms = (long) hints * 1000 / FETCHES_PER_SECOND;
        return (int) Math.min(ManifestHint.MAX_FETCH_WITHIN_MS, ms);
    }
}
