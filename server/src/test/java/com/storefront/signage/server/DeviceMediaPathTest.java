package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DeviceHeaders;
import java.awt.Color;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Players fetch media at {@code /media/{sha256}}; the first address, {@code /api/v1/device/media/{sha256}}, still answers. */
class DeviceMediaPathTest {
    private static final Api admin = TestServer.admin();
    private final byte[] png = Fixtures.png(240, 160, new Color(0xE76F51));
    private final String sha = Fixtures.upload(admin, png);
    private final String etag = "\"" + sha + "\"";
    private final Devices.Paired device = Devices.pair(admin,
            Fixtures.store(admin, "Europe/Sofia", List.of("bg"), "bg-BG", "EUR").get("id").asText(), "hd-landscape", "entrance");
    private final Api http = new Api(TestServer.baseUrl());

    @Test
    void mediaPathAnswersTheBytesCacheableForeverUnderTheirHash() {
        Api.Response r = http.get("/media/" + sha, bearer()).expect(200);

        assertArrayEquals(png, r.body());
        assertEquals("image/png", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("public, max-age=31536000, immutable", r.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(etag, r.headers().firstValue("ETag").orElseThrow());
        assertEquals("bytes", r.headers().firstValue("Accept-Ranges").orElseThrow());
        assertTrue(r.headers().firstValue(DeviceHeaders.SERVER_TIME).isPresent(), "answered through the device token check");
    }

    @Test
    void mediaPathAnswers304WhenTheHeldEtagIsTheHash() {
        Api.Response r = http.get("/media/" + sha, bearer("If-None-Match", etag));

        assertEquals(304, r.status());
        assertEquals(0, r.body().length);
    }

    @Test
    void mediaPathResumesWithARangeGuardedByTheHash() {
        int from = png.length / 2;
        Api.Response r = http.get("/media/" + sha, bearer("Range", "bytes=" + from + "-", "If-Range", etag));

        assertEquals(206, r.status());
        assertEquals("bytes " + from + "-" + (png.length - 1) + "/" + png.length, r.headers().firstValue("Content-Range").orElseThrow());
        assertArrayEquals(Arrays.copyOfRange(png, from, png.length), r.body());
    }

    @Test
    void mediaPathRefusesARangePastTheEndWithTheFileLength() {
        Api.Response r = http.get("/media/" + sha, bearer("Range", "bytes=" + png.length + "-"));

        assertEquals(416, r.status());
        assertEquals("bytes */" + png.length, r.headers().firstValue("Content-Range").orElseThrow());
    }

    @Test
    void mediaPathRefusesRequestsWithoutAValidDeviceToken() {
        Api.Response none = http.get("/media/" + sha).expect(401);
        // a JSON error from the device check, not the web UI's static files answering the path
        assertEquals("unauthorized", none.json().get("error").asText());
        http.get("/media/" + sha, Map.of("Authorization", "Bearer not-a-device-token")).expect(401);
        assertEquals(401, admin.get("/media/" + sha).status(), "a CMS session is not a device token");
    }

    @Test
    void mediaPathAnswers404ForAHashNobodyUploaded() {
        assertEquals("not_found", http.get("/media/" + "0".repeat(64), bearer()).expect(404).json().get("error").asText());
    }

    @Test
    void firstAddressStillAnswersTheSameWayForPlayersInTheField() {
        String old = "/api/v1/device/media/" + sha;
        Api.Response whole = http.get(old, bearer()).expect(200);
        assertArrayEquals(png, whole.body());
        assertEquals("public, max-age=31536000, immutable", whole.headers().firstValue("Cache-Control").orElseThrow());
        assertEquals(304, http.get(old, bearer("If-None-Match", etag)).status());
        Api.Response part = http.get(old, bearer("Range", "bytes=0-9"));
        assertEquals(206, part.status());
        assertArrayEquals(Arrays.copyOfRange(png, 0, 10), part.body());
        http.get(old).expect(401);
    }

    private Map<String, String> bearer(String... more) {
        Map<String, String> headers = new java.util.HashMap<>(Map.of("Authorization", "Bearer " + device.token()));
        for (int i = 0; i < more.length; i += 2) {
            headers.put(more[i], more[i + 1]);
        }
        return headers;
    }
}
