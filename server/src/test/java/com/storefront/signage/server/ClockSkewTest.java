package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The server tells devices its time, and keeps what each device reports about its own clock. */
class ClockSkewTest {
    // logging in costs a password hash: one admin session serves every test
    private static final Api admin = TestServer.admin();
    private final String store = Fixtures.store(admin, "Asia/Tokyo", List.of("ja"), "ja-JP", "JPY").get("id").asText();
    private final Devices.Paired device = Devices.pair(admin, store, "eink-bw", "aisle");

    @Test
    void manifest_response_carries_the_server_time() {
        long before = System.currentTimeMillis();
        Api.Response r = Devices.manifest(device.token()).expect(200);
        long after = System.currentTimeMillis();
        long serverTime = Long.parseLong(r.headers().firstValue("X-Server-Time").orElseThrow());
        assertTrue(serverTime >= before - 2000 && serverTime <= after + 2000,
                "server time " + serverTime + " not within " + before + ".." + after);
    }

    @Test
    void unchanged_manifest_answer_carries_the_server_time_too() {
        String etag = Devices.manifest(device.token()).expect(200).headers().firstValue("etag").orElseThrow();
        long before = System.currentTimeMillis();
        Api.Response r = manifest(Map.of("If-None-Match", etag));
        long after = System.currentTimeMillis();
        assertEquals(304, r.status());
        // most polls end here, so this is where a player keeps its clock corrected
        long serverTime = Long.parseLong(r.headers().firstValue("X-Server-Time").orElseThrow());
        assertTrue(serverTime >= before - 2000 && serverTime <= after + 2000, "server time " + serverTime);
    }

    @Test
    void reported_skew_is_kept_on_the_display() {
        manifest(Map.of("X-Clock-Skew-Ms", "7200000")).expect(200);
        assertEquals(7_200_000L, skew());
    }

    @Test
    void garbage_skew_report_is_ignored_and_the_previous_value_kept() {
        manifest(Map.of("X-Clock-Skew-Ms", "-1500")).expect(200);
        manifest(Map.of("X-Clock-Skew-Ms", "about two hours")).expect(200);
        assertEquals(-1500L, skew());
        manifest(Map.of("X-Clock-Skew-Ms", String.valueOf(400L * 86_400_000))).expect(200);
        assertEquals(-1500L, skew(), "more than a year off is not believed either");
        manifest(Map.of("X-Clock-Skew-Ms", String.valueOf(Long.MIN_VALUE))).expect(200);
        assertEquals(-1500L, skew(), "nor the most negative number there is");
    }

    private Api.Response manifest(Map<String, String> extraHeaders) {
        Map<String, String> headers = new java.util.HashMap<>(extraHeaders);
        headers.put("Authorization", "Bearer " + device.token());
        return new Api(TestServer.baseUrl()).get("/api/v1/device/manifest", headers);
    }

    private long skew() {
        return admin.get("/api/v1/displays/" + device.displayId()).expect(200).json().get("clockSkewMs").asLong();
    }
}
