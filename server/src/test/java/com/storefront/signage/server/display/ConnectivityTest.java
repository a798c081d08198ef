package com.storefront.signage.server.display;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ConnectivityTest {
    @Test
    void staysOnlineThroughTwoMissedHeartbeatsAndGoesOfflineAtTheThird() {
        assertEquals(new Connectivity("online", 2, 60), Connectivity.of(false, 179.9, 60));
        assertEquals(new Connectivity("offline", 3, 60), Connectivity.of(false, 180.0, 60));
    }

    @Test
    void judgesABatteryLabelByTheLongerIntervalItPromised() {
        assertEquals("online", Connectivity.of(false, 1200.0, 900).status());
        assertEquals("offline", Connectivity.of(false, 2700.0, 900).status());
    }

    @Test
    void anOldPlayerThatPromisedNothingIsHeldToAMinute() {
        assertEquals(new Connectivity("offline", 3, Connectivity.DEFAULT_HEARTBEAT_SECONDS), Connectivity.of(false, 200.0, null));
    }

    @Test
    void revokedAndNeverSeenDisplaysAreNeitherOnlineNorOffline() {
        assertEquals("revoked", Connectivity.of(true, 5.0, 60).status());
        assertEquals("never", Connectivity.of(false, null, 60).status());
    }

    @Test
    void aClockThatRunsBackwardsCountsNoMissedHeartbeats() {
        assertEquals(new Connectivity("online", 0, 60), Connectivity.of(false, -3.0, 60));
    }
}
