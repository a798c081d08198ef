package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.Color;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Media by hash: cacheable forever, revalidated by ETag, resumable with Range. */
class MediaRangeTest {
    private static final Api admin = TestServer.admin();
    private final byte[] png = Fixtures.png(300, 200, new Color(0x2A9D8F));
    private final String sha = Fixtures.upload(admin, png);
    private final String path = "/api/v1/media/" + sha + "/content";

    @Test
    void aRangeRequestGetsExactlyThatSliceWithItsContentRange() {
        int from = png.length / 3;
        Api.Response r = admin.get(path, Map.of("Range", "bytes=" + from + "-"));

        assertEquals(206, r.status());
        assertEquals("bytes " + from + "-" + (png.length - 1) + "/" + png.length, r.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(png, from, png.length), r.body());
        assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
    }

    @Test
    void aResumeGuardedByTheSameHashIsPartialAndByAnotherGetsTheWholeFile() {
        Api.Response same = admin.get(path, Map.of("Range", "bytes=10-19", "If-Range", "\"" + sha + "\""));
        assertEquals(206, same.status());
        assertArrayEquals(Arrays.copyOfRange(png, 10, 20), same.body());

        Api.Response other = admin.get(path, Map.of("Range", "bytes=10-19", "If-Range", "\"" + "0".repeat(64) + "\""));
        assertEquals(200, other.status());
        assertArrayEquals(png, other.body());
    }

    @Test
    void aRangePastTheEndIsRefusedWithTheFileLength() {
        Api.Response r = admin.get(path, Map.of("Range", "bytes=" + png.length + "-"));

        assertEquals(416, r.status());
        assertEquals("bytes */" + png.length, r.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void isCacheableForeverAndRevalidatesByItsHash() {
        Api.Response whole = admin.get(path).expect(200);
        assertArrayEquals(png, whole.body());
        assertEquals("public, max-age=31536000, immutable", whole.headers().firstValue("Cache-Control").orElseThrow());

        assertEquals(304, admin.get(path, Map.of("If-None-Match", "\"" + sha + "\"")).status());
    }
}
