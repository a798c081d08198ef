package com.storefront.signage.server.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.schedule.Daypart;
import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.ScheduleResolver;
import com.storefront.signage.core.schedule.Segment;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ManifestBuilderTest {
    private static final ManifestBuilder BUILDER = new ManifestBuilder();
    private static final TemplateCatalog CATALOG = TemplateCatalog.fromClassPath();
    private static final Store DUBAI = new Store(UUID.randomUUID(), "Dubai Mall", "Asia/Dubai", "gulf", List.of("flagship"),
            List.of("ar", "en"), "ar-AE", "AED");
    private static final Display ENTRANCE = new Display(UUID.randomUUID(), DUBAI.id(), "Entrance", DisplayClass.HD_LANDSCAPE,
            Zone.ENTRANCE, List.of("big"), false, null, null);

    private static final Slide WELCOME = new Slide(UUID.randomUUID(), "Welcome", "welcome",
            Map.of("greeting", Map.of("en", "Welcome", "ar", "أهلاً")));
    private static final Slide PROMO = new Slide(UUID.randomUUID(), "Promo", "promotion",
            Map.of("headline", Map.of("en", "Juice"), "nowPrice", "3.49"));
    private static final Playlist DEFAULT_LOOP = playlist(WELCOME);
    private static final Playlist PROMOS = playlist(PROMO);

    @Test
    void playsTheDefaultLoopWhenNoCampaignReachesTheDisplay() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Manifest m = build(List.of(), now);
        assertEquals(List.of("welcome", "welcome"), templates(m, now));
        assertNull(items(m, now).get(0).campaignId());
    }

    @Test
    void playsEachSlideOncePerStoreLanguageItIsCompleteIn() {
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Manifest m = build(List.of(), now);
        assertEquals(List.of("ar", "en"), items(m, now).stream().map(i -> i.slide().language()).toList());
        // the promotion has English text only, so an Arabic-and-English store plays it in English only
        Manifest promo = build(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE)), now);
        assertEquals(List.of("en"), items(promo, now).stream().map(i -> i.slide().language()).toList());
        assertEquals("AED\u00a03.49", items(promo, now).get(0).slide().fields().get("nowPrice"));
    }

    @Test
    void campaignStartsAtMidnightInTheStoresTimeZoneNotUtc() {
        Campaign starts = campaign(PROMOS, "2026-12-01", "2026-12-31", 1, Targets.EVERYWHERE);
        // 20:30 UTC on 30 November is 00:30 on 1 December in Dubai (UTC+4)
        assertEquals(List.of("promotion"), templatesAt(List.of(starts), Instant.parse("2026-11-30T20:30:00Z")));
        assertEquals(List.of("welcome", "welcome"), templatesAt(List.of(starts), Instant.parse("2026-11-30T19:30:00Z")));
    }

    @Test
    void campaignEndsAfterItsLastLocalDay() {
        Campaign ends = campaign(PROMOS, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE);
        assertEquals(List.of("promotion"), templatesAt(List.of(ends), Instant.parse("2026-11-30T19:59:00Z")));
        assertEquals(List.of("welcome", "welcome"), templatesAt(List.of(ends), Instant.parse("2026-11-30T20:00:00Z")));
    }

    @Test
    void higherPriorityCampaignShadowsLowerOnes() {
        Slide other = new Slide(UUID.randomUUID(), "Other", "welcome", Map.of("greeting", "Other"));
        Playlist otherList = playlist(other);
        Campaign low = campaign(otherList, "2026-11-01", "2026-11-30", 1, Targets.EVERYWHERE);
        Campaign high = campaign(PROMOS, "2026-11-01", "2026-11-30", 5, Targets.EVERYWHERE);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        Manifest m = build(List.of(low, high), now, Map.of(otherList.id(), otherList), Map.of(other.id(), other));
        assertTrue(items(m, now).stream().allMatch(i -> high.id().toString().equals(i.campaignId())));
        // the low one is still in the rules: it plays once the high one ends, even offline
        assertTrue(m.entries().stream().anyMatch(e -> e.id().equals(low.id().toString())));
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
            assertEquals(List.of("welcome", "welcome"), templatesAt(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, t)),
                    Instant.parse("2026-11-23T10:00:00Z")), () -> "should miss: " + t);
        }
        Targets hits = new Targets(List.of(DUBAI.id()), List.of("gulf"), List.of("big"), List.of(DisplayClass.HD_LANDSCAPE), List.of(Zone.ENTRANCE));
        assertEquals(List.of("promotion"), templatesAt(List.of(campaign(PROMOS, "2026-11-01", "2026-11-30", 1, hits)),
                Instant.parse("2026-11-23T10:00:00Z")));
    }

    @Test
    void versionIsStableWhileTheScheduleIsUnchanged() {
        Manifest a = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        Manifest b = build(List.of(), Instant.parse("2026-11-23T11:00:00Z"));
        assertEquals(a.version(), b.version());
        Display seenLater = new Display(ENTRANCE.id(), ENTRANCE.storeId(), ENTRANCE.name(), ENTRANCE.displayClass(),
                ENTRANCE.zone(), ENTRANCE.tags(), false, "2026-11-23T10:59:59Z", 1200L);
        Manifest c = BUILDER.build(seenLater, DUBAI, new ScheduleAssembler(CATALOG, new ScheduleInputs(DEFAULT_LOOP.id(), List.of(),
                List.of(), Map.of(DEFAULT_LOOP.id(), DEFAULT_LOOP, PROMOS.id(), PROMOS), Map.of(WELCOME.id(), WELCOME, PROMO.id(), PROMO))),
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
        assertNotEquals(before.version(), nextDay.version(), "the window moves on with the local date");
    }

    @Test
    void manifestCoversTheStoresDayAndTheSevenAfterIt() {
        Manifest m = build(List.of(), Instant.parse("2026-11-23T10:00:00Z"));
        // Dubai is UTC+4: its 23 November starts at 20:00 UTC the day before
        assertEquals(Instant.parse("2026-11-22T20:00:00Z"), m.windowStart());
        assertEquals(Instant.parse("2026-11-30T20:00:00Z"), m.validUntil());
        assertEquals(m.windowStart(), m.timeline().get(0).start());
        assertEquals(m.validUntil(), m.timeline().get(m.timeline().size() - 1).end());
    }

    @Test
    void timelineIsWhatThePlayerResolvesFromTheRulesItCarries() {
        Campaign mornings = new Campaign(UUID.randomUUID(), "Breakfast", CampaignStatus.APPROVED, 1, PROMOS.id(), Map.of(),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-12-31"),
                List.of(Daypart.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "07:00", "10:00")),
                List.of(LocalDate.parse("2026-11-25")), 5, 1, null, Targets.EVERYWHERE);
        Manifest m = build(List.of(mornings), Instant.parse("2026-11-23T10:00:00Z"));
        assertEquals(ScheduleResolver.resolve(m.entries(), ZoneId.of(m.timeZone()), m.windowStart(), m.validUntil()), m.timeline());
        // weekday mornings in the window Mon 23 .. Mon 30 November, without Wednesday 25th (an exception)
        List<Segment> campaignTime = m.timeline().stream().filter(s -> s.layer() == Layer.CAMPAIGN).toList();
        assertEquals(List.of("2026-11-23T03:00:00Z", "2026-11-24T03:00:00Z", "2026-11-26T03:00:00Z", "2026-11-27T03:00:00Z",
                "2026-11-30T03:00:00Z"), campaignTime.stream().map(s -> s.start().toString()).toList());
        assertTrue(campaignTime.stream().allMatch(s -> s.end().equals(s.start().plusSeconds(3 * 3600))));
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
        return BUILDER.build(ENTRANCE, DUBAI, new ScheduleAssembler(CATALOG,
                new ScheduleInputs(DEFAULT_LOOP.id(), campaigns, List.of(), playlists, slides)), now);
    }

    private static Campaign campaign(Playlist playlist, String from, String to, int priority, Targets targets) {
        return new Campaign(UUID.randomUUID(), "C" + priority, CampaignStatus.APPROVED, 1, playlist.id(), Map.of(),
                LocalDate.parse(from), LocalDate.parse(to), List.of(), List.of(), priority, 1, null, targets);
    }

    /** The items of whoever has the screen at {@code t}, by the manifest's own timeline. */
    private static List<PlayItem> items(Manifest m, Instant t) {
        Segment segment = m.timeline().stream().filter(s -> s.interval().contains(t)).findFirst().orElseThrow();
        Map<String, ScheduleEntry> byId = new java.util.HashMap<>();
        m.entries().forEach(e -> byId.put(e.id(), e));
        int top = segment.entryIds().stream().map(byId::get).mapToInt(ScheduleEntry::priority).max().orElse(0);
        return segment.entryIds().stream().map(byId::get)
                .filter(e -> segment.layer() != Layer.CAMPAIGN || (e.layer() == Layer.CAMPAIGN && e.priority() == top))
                .flatMap(e -> e.items().stream()).toList();
    }

    private static List<String> templates(Manifest m, Instant t) {
        return items(m, t).stream().map(PlayItem::slide).map(s -> s.templateId()).toList();
    }

    private static List<String> templatesAt(List<Campaign> campaigns, Instant t) {
        return templates(build(campaigns, t), t);
    }

    private static Playlist playlist(Slide slide) {
        return new Playlist(UUID.randomUUID(), slide.name() + " list", List.of(new PlaylistItem(slide.id(), 5000)));
    }

}
