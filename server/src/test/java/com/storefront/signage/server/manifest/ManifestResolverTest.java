package com.storefront.signage.server.manifest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** A fleet's manifests cost one timeline per group of alike displays, and each is exactly what a manifest built alone would be. */
class ManifestResolverTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.fromClassPath();
    private static final Store SOFIA = new Store(UUID.randomUUID(), "Sofia Mall", "Europe/Sofia", "balkans", List.of(),
            List.of("bg", "en"), "bg-BG", "EUR");
    private static final Store PLOVDIV = new Store(UUID.randomUUID(), "Plovdiv", "Europe/Sofia", "balkans", List.of(),
            List.of("bg", "en"), "bg-BG", "EUR");
    private static final Slide WELCOME = new Slide(UUID.randomUUID(), "Welcome", "welcome",
            Map.of("greeting", Map.of("en", "Welcome", "bg", "Добре дошли")));
    private static final Slide CLOSING = new Slide(UUID.randomUUID(), "Closing", "welcome", Map.of("greeting", "Closing early today"));
    private static final Playlist LOOP = new Playlist(UUID.randomUUID(), "Loop", List.of(new PlaylistItem(WELCOME.id(), 5000)));
    private static final Playlist NOTICE = new Playlist(UUID.randomUUID(), "Notice", List.of(new PlaylistItem(CLOSING.id(), 5000)));
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    @Test
    void alikeDisplaysShareOneTimelineAndKeepVersionsOfTheirOwn() {
        ManifestResolver resolver = resolver(List.of());
        List<Display> displays = List.of(display(SOFIA, "Entrance"), display(SOFIA, "Aisle 4"), display(PLOVDIV, "Entrance"));

        List<String> versions = displays.stream().map(d -> resolver.version(d, store(d), NOW)).toList();

        assertEquals(1, resolver.groups(), "same locale, class and entries in one zone: one timeline for all three");
        assertEquals(3, versions.stream().distinct().count(), "a version names its display");
        for (int i = 0; i < displays.size(); i++) {
            assertEquals(alone(displays.get(i), List.of()), versions.get(i));
        }
        assertSame(resolver.shared(displays.get(0), SOFIA, NOW), resolver.shared(displays.get(2), PLOVDIV, NOW));
    }

    @Test
    void aDisplayAnOverrideSinglesOutGetsATimelineOfItsOwn() {
        Display entrance = display(SOFIA, "Entrance");
        Display aisle = display(SOFIA, "Aisle 4");
        Interruption override = new Interruption(UUID.randomUUID(), Layer.OVERRIDE, "Closing early", NOTICE.id(), List.of(),
                SOFIA.id(), List.of(entrance.id()), NOW.minusSeconds(600), NOW.plusSeconds(3600), null);
        ManifestResolver resolver = resolver(List.of(override));

        String entranceVersion = resolver.version(entrance, SOFIA, NOW);
        String aisleVersion = resolver.version(aisle, SOFIA, NOW);

        assertEquals(2, resolver.groups());
        assertEquals(alone(entrance, List.of(override)), entranceVersion);
        assertEquals(alone(aisle, List.of(override)), aisleVersion);
        assertEquals(1, resolver.manifest(entrance, SOFIA, NOW).entries().stream().filter(e -> e.layer() == Layer.OVERRIDE).count());
        assertEquals(0, resolver.manifest(aisle, SOFIA, NOW).entries().stream().filter(e -> e.layer() == Layer.OVERRIDE).count());
    }

    @Test
    void displaysACampaignTellsApartByTagOrClassDoNotShareATimeline() {
        Campaign windows = new Campaign(UUID.randomUUID(), "Window displays", CampaignStatus.APPROVED, 1, NOTICE.id(), Map.of(),
                LocalDate.parse("2026-11-01"), LocalDate.parse("2026-11-30"), List.of(), List.of(), 5, 1, null,
                new Targets(List.of(), List.of(), List.of("window"), List.of(DisplayClass.HD_LANDSCAPE), List.of()));
        ManifestResolver resolver = new ManifestResolver(new ScheduleAssembler(CATALOG, new ScheduleInputs(LOOP.id(), List.of(windows),
                List.of(), Map.of(LOOP.id(), LOOP, NOTICE.id(), NOTICE), Map.of(WELCOME.id(), WELCOME, CLOSING.id(), CLOSING))));
        Display window = new Display(UUID.randomUUID(), SOFIA.id(), "Window", DisplayClass.HD_LANDSCAPE, Zone.ENTRANCE,
                List.of("window"), false, null, null);
        Display portrait = new Display(UUID.randomUUID(), SOFIA.id(), "Window, portrait", DisplayClass.HD_PORTRAIT, Zone.ENTRANCE,
                List.of("window"), false, null, null);
        Display aisle = display(SOFIA, "Aisle 4");

        assertEquals(1, campaignEntries(resolver.manifest(window, SOFIA, NOW)));
        assertEquals(0, campaignEntries(resolver.manifest(portrait, SOFIA, NOW)));
        assertEquals(0, campaignEntries(resolver.manifest(aisle, SOFIA, NOW)));
        // the portrait screen and the aisle screen play the same entries, so they share one of the two timelines
        assertEquals(2, resolver.groups());
        assertNotEquals(resolver.shared(window, SOFIA, NOW), resolver.shared(aisle, SOFIA, NOW));
    }

    private static long campaignEntries(com.storefront.signage.core.protocol.Manifest m) {
        return m.entries().stream().filter(e -> e.layer() == Layer.CAMPAIGN).count();
    }

    @Test
    void theNextStoreDayIsANewWindowAndANewVersionWithNoEdit() {
        Display entrance = display(SOFIA, "Entrance");
        ManifestResolver resolver = resolver(List.of());
        // 23:59 and 00:01 in Sofia (UTC+2 in November)
        Instant beforeMidnight = Instant.parse("2026-11-23T21:59:00Z");
        Instant afterMidnight = Instant.parse("2026-11-23T22:01:00Z");

        ManifestBuilder.Shared today = resolver.shared(entrance, SOFIA, beforeMidnight);
        ManifestBuilder.Shared tomorrow = resolver.shared(entrance, SOFIA, afterMidnight);

        assertEquals(Instant.parse("2026-11-23T22:00:00Z"), today.dayEnd(), "remembered only until the store's midnight");
        assertEquals(today.dayEnd(), tomorrow.windowStart());
        assertEquals(2, resolver.groups());
        assertNotEquals(resolver.version(entrance, SOFIA, beforeMidnight), resolver.version(entrance, SOFIA, afterMidnight));
        assertEquals(alone(entrance, List.of(), afterMidnight), resolver.version(entrance, SOFIA, afterMidnight));
    }

    private static ManifestResolver resolver(List<Interruption> interruptions) {
        return new ManifestResolver(new ScheduleAssembler(CATALOG, inputs(interruptions)));
    }

    private static ScheduleInputs inputs(List<Interruption> interruptions) {
        return new ScheduleInputs(LOOP.id(), List.of(), interruptions, Map.of(LOOP.id(), LOOP, NOTICE.id(), NOTICE),
                Map.of(WELCOME.id(), WELCOME, CLOSING.id(), CLOSING));
    }

    /** The version of a manifest built on its own, from a fresh assembler: what the resolver must agree with. */
    private static String alone(Display display, List<Interruption> interruptions) {
        return alone(display, interruptions, NOW);
    }

    private static String alone(Display display, List<Interruption> interruptions, Instant now) {
        return new ManifestBuilder().build(display, store(display), new ScheduleAssembler(CATALOG, inputs(interruptions)), now).version();
    }

    private static Store store(Display display) {
        return display.storeId().equals(SOFIA.id()) ? SOFIA : PLOVDIV;
    }

    private static Display display(Store store, String name) {
        return new Display(UUID.randomUUID(), store.id(), name, DisplayClass.HD_LANDSCAPE, Zone.ENTRANCE, List.of(), false, null, null);
    }
}
