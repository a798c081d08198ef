package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.server.media.TestVideos;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** MP4 uploads over real HTTP into PostgreSQL: a good clip is stored with its size and length; a bad one is refused and not stored. */
class VideoUploadTest {
    private static final Api admin = TestServer.admin();

    @Test
    void ffmpeg_clip_is_stored_with_its_picture_size_and_length() {
        byte[] clip = TestVideos.unique(TestVideos.h264());
        JsonNode info = upload("clip.mp4", "video/mp4", clip).expect(201).json();
        assertEquals("video/mp4", info.get("contentType").asText());
        assertEquals(320, info.get("width").asInt());
        assertEquals(240, info.get("height").asInt());
        assertEquals(2000, info.get("durationMs").asLong());
        assertEquals(clip.length, info.get("sizeBytes").asLong());
        String sha = info.get("sha256").asText();

        assertEquals(info, admin.get("/api/v1/media/" + sha).expect(200).json());
        Api.Response content = admin.get("/api/v1/media/" + sha + "/content").expect(200);
        assertArrayEquals(clip, content.body());
        assertEquals("video/mp4", content.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void browser_video_reads_a_byte_range_of_the_clip() {
        byte[] clip = TestVideos.unique(TestVideos.h264());
        String sha = upload("range.mp4", "video/mp4", clip).expect(201).json().get("sha256").asText();
        String path = "/api/v1/media/" + sha + "/content";
        Api.Response head = admin.get(path, Map.of("Range", "bytes=0-99")).expect(206);
        assertArrayEquals(Arrays.copyOf(clip, 100), head.body());
        assertEquals("bytes 0-99/" + clip.length, head.headers().firstValue("content-range").orElseThrow());
        Api.Response tail = admin.get(path, Map.of("Range", "bytes=-10")).expect(206);
        assertArrayEquals(Arrays.copyOfRange(clip, clip.length - 10, clip.length), tail.body());
        assertEquals("bytes", admin.get(path).expect(200).headers().firstValue("accept-ranges").orElseThrow());
        Api.Response past = admin.get(path, Map.of("Range", "bytes=" + clip.length + "-")).expect(416);
        assertEquals("bytes */" + clip.length, past.headers().firstValue("content-range").orElseThrow());
    }

    @Test
    void the_list_gives_a_videos_length_and_an_images_as_null_and_filters_by_kind() {
        String video = upload("list.mp4", "video/mp4", TestVideos.unique(TestVideos.h264())).expect(201).json().get("sha256").asText();
        String image = Fixtures.upload(admin, Fixtures.png(24, 24, new Color((int) (Math.random() * 0xffffff))));
        JsonNode all = admin.get("/api/v1/media?limit=500").expect(200).json().get("items");
        assertEquals(2000, find(all, video).get("durationMs").asLong());
        assertTrue(find(all, image).get("durationMs").isNull());
        JsonNode videos = admin.get("/api/v1/media?kind=video&limit=500").expect(200).json().get("items");
        videos.forEach(m -> assertEquals("video/mp4", m.get("contentType").asText()));
        assertTrue(find(videos, video) != null);
        JsonNode images = admin.get("/api/v1/media?kind=image&limit=500").expect(200).json().get("items");
        images.forEach(m -> assertTrue(m.get("contentType").asText().startsWith("image/")));
        assertEquals("kind", admin.get("/api/v1/media?kind=audio").expect(400).json().get("field").asText());
    }

    @Test
    void upload_cut_short_is_refused_naming_the_box_and_nothing_is_stored() {
        byte[] clip = TestVideos.unique(TestVideos.h264());
        String message = refused("cut.mp4", "video/mp4", Arrays.copyOf(clip, clip.length * 2 / 3));
        assertTrue(message.startsWith("upload refused: the file ends inside box 'mdat'"), message);
        assertTrue(message.contains("cut short"), message);
    }

    @Test
    void sound_without_pictures_is_refused_and_nothing_is_stored() {
        assertEquals("upload refused: no video track: the file holds only sound",
                refused("jingle.mp4", "video/mp4", TestVideos.unique(TestVideos.audioOnly())));
    }

    @Test
    void png_sent_as_a_video_is_refused_and_nothing_is_stored() {
        assertEquals("upload refused: not an MP4 file: it is a PNG image; upload it as image/png",
                refused("photo.mp4", "video/mp4", Fixtures.png(20, 20, Color.GREEN)));
    }

    @Test
    void video_sent_as_an_image_is_refused_and_nothing_is_stored() {
        assertEquals("upload refused: this is an MP4 video, not an image; upload it as video/mp4",
                refused("clip.png", "image/png", TestVideos.unique(TestVideos.h264())));
    }

    @Test
    void codec_players_do_not_decode_is_refused_and_nothing_is_stored() {
        String message = refused("old.mp4", "video/mp4", TestVideos.unique(TestVideos.mpeg4Part2()));
        assertTrue(message.startsWith("upload refused: the video codec is 'mp4v'"), message);
    }

    @Test
    void video_over_the_upload_limit_is_refused_with_413_saying_the_limit_before_it_is_sent() throws IOException {
        long before = Fixtures.total(admin, "/api/v1/media");
        long tooBig = 50L * 1024 * 1024 + 1;
        // the declared length alone is enough: the server answers before reading the body, which is never sent
        try (Socket socket = new Socket("127.0.0.1", TestServer.get().port())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(("POST /api/v1/media?name=huge.mp4 HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: video/mp4\r\n"
                    + "Content-Length: " + tooBig + "\r\n\r\n").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String response = read(socket.getInputStream());
            assertTrue(response.startsWith("HTTP/1.1 413"), response);
            assertTrue(response.contains("\"field\":\"body\""), response);
            assertTrue(response.contains("the upload is larger than the limit of 50 MB (52428800 bytes, set by SIGNAGE_MAX_UPLOAD_BYTES)"),
                    response);
        }
        assertEquals(before, Fixtures.total(admin, "/api/v1/media"));
    }

    private static String refused(String name, String type, byte[] bytes) {
        long before = Fixtures.total(admin, "/api/v1/media");
        JsonNode error = upload(name, type, bytes).expect(400).json();
        assertEquals("invalid", error.get("error").asText());
        assertEquals("body", error.get("field").asText());
        assertEquals(before, Fixtures.total(admin, "/api/v1/media"));
        return error.get("message").asText();
    }

    private static Api.Response upload(String name, String type, byte[] bytes) {
        return admin.raw("POST", "/api/v1/media?name=" + name, type, bytes);
    }

    private static JsonNode find(JsonNode items, String sha) {
        for (JsonNode m : items) {
            if (m.get("sha256").asText().equals(sha)) {
                return m;
            }
        }
        return null;
    }

    /** The status line, headers and JSON body of one response (small: an error). */
    private static String read(InputStream in) throws IOException {
        ByteArrayOutputStream got = new ByteArrayOutputStream();
        byte[] buffer = new byte[4096];
        while (!got.toString(StandardCharsets.UTF_8).contains("}")) {
            int n = in.read(buffer);
            if (n < 0) {
                break;
            }
            got.write(buffer, 0, n);
        }
        return got.toString(StandardCharsets.UTF_8);
    }
}
