package com.storefront.signage.server.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManifestBuilderTest {
    private static final ManifestBuilder BUILDER = new ManifestBuilder(TemplateCatalog.fromClassPath());
    private static final Store DUBAI = new Store(UUID.randomUUID(), "Dubai Mall", "Asia/Dubai", "gulf", List.of("flagship"),
            List.of("ar", "en"), "ar-AE", "AED");
    private static final Display ENTRANCE = new Display(UUID.randomUUID(), DUBAI.id(), "Entrance", DisplayClass.HD_LANDSCAPE,
            Zone.ENTRANCE, List.of("big"), false, null);

    private static final Slide WELCOME = new Slide(UUID.randomUUID(), "Welcome", "welcome",
            Map.of("greeting", Map.of("en", "Welcome", "ar", "أهلاً")));
    private static final Slide PROMO = new Slide(UUID.randomUUID(), "Promo", "promotion",
            Map.of("headline", Map.of("en", "Juice"), "nowPrice", "3.49"));
    private static final Playlist DEFAULT_LOOP = playlist(WELCOME);
    private static final Playlist PROMOS = playlist(PROMO);

    @Test
    void playsTheDefaultLoopWhenNoCampaignReachesTheDisplay() {
        Manifest m = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(List.of("welcome", "welcome"), templates(m));
        assertNull(m.items().get(0).campaignId());
    }

    @Test
    void playsEachSlideOncePerStoreLanguageItIsCompleteIn() {
        Manifest m = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(List.of("ar", "en"), m.items().stream().map(i -> i.slide().language()).toList());
        // the promotion has English text only, so an Arabic-and-English store plays it in English only
        Manifest promo = build(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE)),
                Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(List.of("en"), promo.items().stream().map(i -> i.slide().language()).toList());
        assertEquals("AED\u00a03.49", promo.items().get(0).slide().fields().get("nowPrice"));
    }

    @Test
    void campaignStartsAtMidnightInTheStoresTimeZoneNotUtc() {
        Campaign starts = campaign(PROMOS, "2026-12-01", "2026-12-31", 1, Targets.EVERYWHERE);
        // 20:30 UTC on 30 November is 00:30 on 1 December in Dubai (UTC+4)
        assertEquals(List.of("promotion"), templates(build(List.of(starts), Instant.parse("2026-11-30T20:30:00Z"))));
        assertEquals(List.of("welcome", "welcome"), templates(build(List.of(starts), Instant.parse("2026-11-30T19:30:00Z"))));
    }

    @Test
    void campaignEndsAfterItsLastLocalDay() {
        Campaign ends = campaign(PROMOS, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE);
        assertEquals(List.of("promotion"), templates(build(List.of(ends), Instant.parse("2026-11-30T19:59:00Z"))));
        assertEquals(List.of("welcome", "welcome"), templates(build(List.of(ends), Instant.parse("2026-11-30T20:00:00Z"))));
    }

    @Test
    void higherPriorityCampaignShadowsLowerOnes() {
        Slide other = new Slide(UUID.randomUUID(), "Other", "welcome", Map.of("greeting", "Other"));
        Playlist otherList = playlist(other);
        Campaign low = campaign(otherList, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE);
        Campaign high = campaign(PROMOS, "2026-11-01", "2026-11-30", 5, Targets.EVERYWHERE);
        Manifest m = build(List.of(low, high), Instant.parse("2026-11-23T10:00:00Z"), Map.of(otherList.id(), otherList), Map.of(other.id(), other));
        assertTrue(m.items().stream().allMatch(i -> high.id().toString().equals(i.campaignId())));
    }

    @Test
    void campaignAimedElsewhereDoesNotReachTheDisplay() {
        List<Targets> misses = List.of(
                new Targets(List.of(UUID.randomUUID()), List.of(), List.of(), List.of(), List.of()),
                new Targets(List.of(), List.of("balkans"), List.of(), List.of(), List.of()),
                new Targets(List.of(), List.of(), List.of("outlet"), List.of(), List.of()),
                new Targets(List.of(), List.of(), List.of(), List.of(DisplayClass.EINK_BWR_LABEL), List.of()),
                new Targets(List.of(), List.of(), List.of(), List.of(), List.of(Zone.CHECKOUT)));
        for (Targets t : misses) {
            Manifest m = build(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, t)), Instant.parse("2026-11-23T10:00:00Z"));
            assertEquals(List.of("welcome", "welcome"), templates(m), () -> "should miss: " + t);
        }
        Targets hits = new Targets(List.of(DUBAI.id()), List.of("gulf"), List.of("big"), List.of(DisplayClass.HD_LANDSCAPE), List.of(Zone.ENTRANCE));
        assertEquals(List.of("promotion"), templates(build(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, hits)),
                Instant.parse("2026-11-23T10:00:00Z"))));
    }

    @Test
    void versionIsStableWhileTheScheduleIsUnchanged() {
        Manifest a = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        Manifest b = build(List.of(), Instant.parse("2026-11-23T11:00:00Z"));
        assertEquals(a.version(), b.version());
        Display seenLater = new Display(ENTRANCE.id(), ENTRANCE.storeId(), ENTRANCE.name(), ENTRANCE.displayClass(),
                ENTRANCE.zone(), ENTRANCE.tags(), false, "2026-11-23T10:59:59Z");
        Manifest c = BUILDER.build(new ManifestInputs(seenLater, DUBAI, DEFAULT_LOOP.id(), List.of(),
                Map.of(DEFAULT_LOOP.id(), DEFAULT_LOOP, PROMOS.id(), PROMOS), Map.of(WELCOME.id(), WELCOME, PROMO.id(), PROMO)),
                Instant.parse("2026-11-23T11:00:00Z"));
        assertEquals(a.version(), c.version(), "a display being seen is not a schedule change");
    }

    @Test
    void versionChangesWhenWhatPlaysChanges() {
        Manifest before = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        Manifest after = build(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE)),
                Instant.parse("2026-11-23T10:00:00Z"));
        assertNotEquals(before.version(), after.version());
        Manifest nextDay = build(List.of(), Instant.parse("2026-11-24T10:00:00Z"));
        assertNotEquals(before.version(), nextDay.version(), "validity moves on with the local date");
    }

    @Test
    void manifestIsValidUntilTheNextLocalMidnight() {
        Manifest m = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals("2026-11-23T20:00:00Z", m.validUntil());
    }

    @Test
    void listsEveryImageTheItemsNeed() {
        String sha = "a".repeat(64);
        Slide withImage = new Slide(UUID.randomUUID(), "Img", "promotion",
                Map.of("headline", "Juice", "nowPrice", "1", "image", sha));
        Playlist list = playlist(withImage);
        Manifest m = build(List.of(campaign(list, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE)),
                Instant.parse("2026-11-23T10:00:00Z"), Map.of(list.id(), list), Map.of(withImage.id(), withImage));
        assertEquals(List.of(sha), m.mediaNeeded());
    }

    private static Manifest build(List<Campaign> campaigns, Instant now) {
        return build(campaigns, now, Map.of(), Map.of());
    }

    private static Manifest build(List<Campaign> campaigns, Instant now, Map<UUID, Playlist> extraLists, Map<UUID, Slide> extraSlides) {
        Map<UUID, Playlist> playlists = new java.util.HashMap<>(Map.of(DEFAULT_LOOP.id(), DEFAULT_LOOP, PROMOS.id(), PROMOS));
        playlists.putAll(extraLists);
        Map<UUID, Slide> slides = new java.util.HashMap<>(Map.of(WELCOME.id(), WELCOME, PROMO.id(), PROMO));
        slides.putAll(extraSlides);
        return BUILDER.build(new ManifestInputs(ENTRANCE, DUBAI, DEFAULT_LOOP.id(), campaigns, playlists, slides), now);
    }

    private static Campaign campaign(Playlist playlist, String from, String to, int priority, Targets targets) {
        return new Campaign(UUID.randomUUID(), "C" + priority, playlist.id(), LocalDate.parse(from), LocalDate.parse(to), priority, targets);
    }

    private static Playlist playlist(Slide slide) {
        return new Playlist(UUID.randomUUID(), slide.name() + " list", List.of(new PlaylistItem(slide.id(), 5000)));
    }

    private static List<String> templates(Manifest m) {
        return m.items().stream().map(PlayItem::slide).map(s -> s.templateId()).toList();
    }
}
