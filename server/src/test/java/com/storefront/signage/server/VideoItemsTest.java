package com.storefront.signage.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.protocol.VideoRef;
import com.storefront.signage.server.media.TestVideos;
import java.awt.Color;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A playlist item that is a video: stored, checked, and carried by the manifest to HD players only. */
class VideoItemsTest {
    private static final Api admin = TestServer.admin();
    private static final byte[] CLIP = TestVideos.unique(TestVideos.h264());
    private static final String VIDEO = upload(CLIP);
    private final String store = Fixtures.store(admin, "Asia/Dubai", List.of("ar", "en"), "ar-AE", "AED").get("id").asText();
    private final String welcome = Fixtures.slide(admin, "welcome", Map.of("greeting", Map.of("ar", "أهلاً", "en", "Hello"))).get("id").asText();

    @Test
    void playlist_keeps_a_video_item_next_to_a_slide() {
        JsonNode created = admin.post("/api/v1/playlists", Map.of("name", Fixtures.unique("Mixed"), "items", List.of(
                Map.of("slideId", welcome, "durationMs", 8000), Map.of("video", VIDEO, "durationMs", 6000)))).expect(201).json();
        JsonNode items = admin.get("/api/v1/playlists/" + created.get("id").asText()).expect(200).json().get("items");
        assertEquals(welcome, items.get(0).get("slideId").asText());
        assertTrue(items.get(0).get("video").isNull());
        assertEquals(VIDEO, items.get(1).get("video").asText());
        assertTrue(items.get(1).get("slideId").isNull());
        assertEquals(6000, items.get(1).get("durationMs").asLong());
    }

    @Test
    void hd_manifest_carries_the_video_and_the_device_fetches_its_exact_bytes() {
        Devices.Paired hd = Devices.pair(admin, store, "hd-landscape", "entrance");
        String campaign = campaign(mixedPlaylist(5000));
        Manifest manifest = manifest(hd);
        List<PlayItem> items = items(manifest, campaign);
        // the slide once per store language, the video once: a clip has no language
        assertEquals(3, items.size(), items.toString());
        PlayItem video = items.get(2);
        assertTrue(video.showsVideo());
        assertEquals(new VideoRef(VIDEO, 320, 240, 2000), video.video());
        assertEquals(5000, video.durationMs());
        assertEquals(campaign, video.campaignId());
        assertEquals(null, video.slideId());
        assertTrue(manifest.mediaNeeded().contains(VIDEO));

        Api.Response file = new Api(TestServer.baseUrl()).get("/api/v1/device/media/" + VIDEO,
                Map.of("Authorization", "Bearer " + hd.token())).expect(200);
        assertArrayEquals(CLIP, file.body());
        assertEquals("video/mp4", file.headers().firstValue("content-type").orElseThrow());
    }

    @Test
    void portrait_hd_display_gets_the_video_too() {
        Devices.Paired portrait = Devices.pair(admin, store, "hd-portrait", "checkout");
        String campaign = campaign(mixedPlaylist(5000));
        assertTrue(items(manifest(portrait), campaign).stream().anyMatch(PlayItem::showsVideo));
    }

    @Test
    void eink_manifest_of_the_same_campaign_leaves_the_video_out_and_reach_says_so() {
        Devices.Paired hd = Devices.pair(admin, store, "hd-landscape", "entrance");
        Devices.Paired eink = Devices.pair(admin, store, "eink-gray16", "aisle");
        String campaign = campaign(mixedPlaylist(5000));
        assertEquals(1, items(manifest(hd), campaign).stream().filter(PlayItem::showsVideo).count());
        List<PlayItem> einkItems = items(manifest(eink), campaign);
        assertEquals(List.of("ar", "en"), einkItems.stream().map(i -> i.slide().language()).toList());
        assertTrue(manifest(eink).mediaNeeded().stream().noneMatch(VIDEO::equals));

        JsonNode report = admin.get("/api/v1/campaigns/" + campaign + "/reach").expect(200).json();
        assertEquals(List.of("VIDEO_NOT_PLAYED"), codes(report));
        assertTrue(report.get("warnings").get(0).get("message").asText().startsWith("eink-gray16 displays in "), report.toString());
    }

    @Test
    void video_only_campaign_is_empty_on_eink_and_reach_warns_of_both() {
        Devices.pair(admin, store, "eink-bw", "aisle");
        String playlist = admin.post("/api/v1/playlists", Map.of("name", Fixtures.unique("Clip only"),
                "items", List.of(Map.of("video", VIDEO, "durationMs", 4000)))).expect(201).json().get("id").asText();
        JsonNode report = admin.get("/api/v1/campaigns/" + campaign(playlist) + "/reach").expect(200).json();
        assertEquals(List.of("EMPTY_CONTENT", "VIDEO_NOT_PLAYED"), codes(report));
        assertTrue(report.get("warnings").get(0).get("message").asText().endsWith("cannot play its videos."), report.toString());
    }

    @Test
    void display_timeline_lists_the_video_plays() {
        Devices.Paired hd = Devices.pair(admin, store, "hd-landscape", "entrance");
        campaign(mixedPlaylist(5000));
        JsonNode view = admin.get("/api/v1/displays/" + hd.displayId() + "/timeline").expect(200).json();
        List<String> templates = new ArrayList<>();
        view.get("plays").forEach(p -> templates.add(p.get("templateId").asText()));
        assertTrue(templates.contains("video"), view.toString());
        assertTrue(templates.contains("welcome"), view.toString());
    }

    @Test
    void item_with_both_a_slide_and_a_video_is_refused_naming_it_and_nothing_is_stored() {
        assertRefused("items.1", "must name a slide or a video, not both", List.of(
                Map.of("slideId", welcome, "durationMs", 5000), Map.of("slideId", welcome, "video", VIDEO, "durationMs", 5000)));
    }

    @Test
    void item_with_neither_is_refused_naming_it() {
        assertRefused("items.0", "must name a slide (slideId) or a video (video)", List.of(Map.of("durationMs", 5000)));
    }

    @Test
    void video_not_uploaded_is_refused_naming_the_item() {
        String unknown = "ab".repeat(32);
        assertRefused("items.2.video", "no uploaded video " + unknown, List.of(Map.of("slideId", welcome, "durationMs", 5000),
                Map.of("video", VIDEO, "durationMs", 5000), Map.of("video", unknown, "durationMs", 5000)));
    }

    @Test
    void image_is_not_a_video() {
        String image = Fixtures.upload(admin, Fixtures.png(30, 30, Color.MAGENTA));
        assertRefused("items.0.video", "'test.png' is an image (image/png), not a video; show it through a slide",
                List.of(Map.of("video", image, "durationMs", 5000)));
    }

    @Test
    void malformed_video_hash_is_refused_naming_it() {
        assertRefused("items.0.video", "must be the sha256 of an uploaded video: 64 lower-case hex digits",
                List.of(Map.of("video", "clip.mp4", "durationMs", 5000)));
    }

    @Test
    void video_item_needs_a_duration_like_a_slide() {
        assertRefused("items.0.durationMs", "must be between 1000 ms and one hour", List.of(Map.of("video", VIDEO, "durationMs", 0)));
    }

    @Test
    void bad_video_item_in_an_edit_leaves_the_playlist_as_it_was() {
        String playlist = mixedPlaylist(5000);
        JsonNode before = admin.get("/api/v1/playlists/" + playlist).expect(200).json();
        JsonNode error = admin.put("/api/v1/playlists/" + playlist, Map.of("name", "Renamed", "items",
                List.of(Map.of("video", "cd".repeat(32), "durationMs", 5000)))).expect(400).json();
        assertEquals("items.0.video", error.get("field").asText());
        assertEquals(before, admin.get("/api/v1/playlists/" + playlist).expect(200).json());
    }

    private void assertRefused(String field, String message, List<Map<String, Object>> items) {
        long before = Fixtures.total(admin, "/api/v1/playlists");
        JsonNode error = admin.post("/api/v1/playlists", Map.of("name", Fixtures.unique("Bad"), "items", items)).expect(400).json();
        assertEquals(field, error.get("field").asText(), error.toString());
        assertEquals(message, error.get("message").asText());
        assertEquals(before, Fixtures.total(admin, "/api/v1/playlists"));
    }

    private String mixedPlaylist(long videoMs) {
        return admin.post("/api/v1/playlists", Map.of("name", Fixtures.unique("Mixed"), "items", List.of(
                Map.of("slideId", welcome, "durationMs", 8000), Map.of("video", VIDEO, "durationMs", videoMs))))
                .expect(201).json().get("id").asText();
    }

    private String campaign(String playlist) {
        return Fixtures.approvedCampaign(admin, Fixtures.campaignBody(playlist, LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(3), store)).get("id").asText();
    }

    private static Manifest manifest(Devices.Paired device) {
        return ProtocolJson.read(Devices.manifest(device.token()).expect(200).body(), Manifest.class);
    }

    private static List<PlayItem> items(Manifest manifest, String campaign) {
        return manifest.entries().stream().filter(e -> e.id().equals(campaign)).findFirst().orElseThrow().items();
    }

    private static List<String> codes(JsonNode report) {
        List<String> codes = new ArrayList<>();
        report.get("warnings").forEach(w -> codes.add(w.get("code").asText()));
        return codes;
    }

    private static String upload(byte[] clip) {
        return admin.raw("POST", "/api/v1/media?name=clip.mp4", "video/mp4", clip).expect(201).json().get("sha256").asText();
    }
}
