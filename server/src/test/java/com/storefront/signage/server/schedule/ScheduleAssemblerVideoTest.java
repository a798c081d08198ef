package com.storefront.signage.server.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.VideoRef;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.media.MediaInfo;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ScheduleAssemblerVideoTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.fromClassPath();
    private static final Store DUBAI = new Store(UUID.randomUUID(), "Dubai", "Asia/Dubai", "gulf", List.of(), List.of("ar", "en"), "ar-AE", "AED");
    private static final Slide WELCOME = new Slide(UUID.randomUUID(), "Welcome", "welcome",
            Map.of("greeting", Map.of("en", "Welcome", "ar", "أهلاً")));
    private static final String SHA = "5e".repeat(32);
    private static final MediaInfo CLIP = new MediaInfo(SHA, "deals.mp4", "video/mp4", 300_000, 1280, 720, 6000L);
    private static final Playlist MIXED = new Playlist(UUID.randomUUID(), "Mixed",
            List.of(new PlaylistItem(WELCOME.id(), 8000), PlaylistItem.ofVideo(SHA, 9000)));
    private static final Campaign EVERYWHERE = new Campaign(UUID.randomUUID(), "Deals", CampaignStatus.APPROVED, 1, MIXED.id(), Map.of(),
            LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31"), List.of(), List.of(), 10, 1, null, Targets.EVERYWHERE);

    private final ScheduleAssembler assembler = new ScheduleAssembler(CATALOG, new ScheduleInputs(MIXED.id(), List.of(EVERYWHERE),
            List.of(), Map.of(MIXED.id(), MIXED), Map.of(WELCOME.id(), WELCOME), Map.of(SHA, CLIP)));

    @Test
    void hd_display_gets_one_video_item_after_the_slide_in_each_language() {
        List<PlayItem> items = campaignItems(display(DisplayClass.HD_LANDSCAPE));
        assertEquals(3, items.size());
        PlayItem video = items.get(2);
        assertEquals(PlayItem.ofVideo(EVERYWHERE.id() + "/" + MIXED.id() + "/1/video", EVERYWHERE.id().toString(),
                MIXED.id().toString(), 9000, new VideoRef(SHA, 1280, 720, 6000)), video);
    }

    @Test
    void default_loop_video_has_no_campaign() {
        ScheduleEntry loop = entry(display(DisplayClass.HD_PORTRAIT), "default");
        assertEquals(null, loop.items().get(2).campaignId());
        assertTrue(loop.items().get(2).showsVideo());
    }

    @Test
    void eink_display_sharing_the_assembler_with_an_hd_one_gets_no_video_whichever_comes_first() {
        // one assembler serves a whole fleet and caches items: the cache must tell the two kinds of class apart
        assertEquals(3, campaignItems(display(DisplayClass.HD_LANDSCAPE)).size());
        List<PlayItem> eink = campaignItems(display(DisplayClass.EINK_GRAY16));
        assertEquals(List.of("ar", "en"), eink.stream().map(i -> i.slide().language()).toList());
        assertEquals(3, campaignItems(display(DisplayClass.HD_PORTRAIT)).size());
        assertTrue(entry(display(DisplayClass.EINK_BWR_LABEL), "default").items().stream().noneMatch(PlayItem::showsVideo));
    }

    @Test
    void only_the_video_classes_play_video() {
        for (DisplayClass cls : DisplayClass.values()) {
            assertEquals(!cls.isEink(), ScheduleAssembler.playsVideo(cls), cls.id());
        }
        assertEquals(1, assembler.videoItems(MIXED.id()));
    }

    private List<PlayItem> campaignItems(Display display) {
        return entry(display, EVERYWHERE.id().toString()).items();
    }

    private ScheduleEntry entry(Display display, String id) {
        return assembler.entries(display, DUBAI).stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
    }

    private static Display display(DisplayClass cls) {
        return new Display(UUID.randomUUID(), DUBAI.id(), cls.id(), cls, Zone.ENTRANCE, List.of(), false, null, null);
    }
}
