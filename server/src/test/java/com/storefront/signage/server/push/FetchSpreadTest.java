package com.storefront.signage.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.storefront.signage.core.protocol.ManifestHint;
import org.junit.jupiter.api.Test;

class FetchSpreadTest {
    @Test
    void aStoresWorthOfHintsIsFetchedAtOnce() {
        assertEquals(0, FetchSpread.forHints(1));
        assertEquals(0, FetchSpread.forHints(FetchSpread.AT_ONCE_UP_TO));
    }

    @Test
    void aFleetWideEditIsFetchedAtAboutWhatOneInstanceAnswers() {
        // 10,000 players hinted together fetch over five seconds: about 2,000 whole manifests a second
        assertEquals(5000, FetchSpread.forHints(10_000));
        assertEquals(1000, FetchSpread.forHints(2 * FetchSpread.FETCHES_PER_SECOND / 2));
    }

    @Test
    void noSpreadIsLongerThanTheProtocolAllows() {
        assertEquals(ManifestHint.MAX_FETCH_WITHIN_MS, FetchSpread.forHints(10_000_000));
    }
}
