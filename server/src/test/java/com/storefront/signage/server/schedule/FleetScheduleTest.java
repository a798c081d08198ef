package com.storefront.signage.server.schedule;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Daypart;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class FleetScheduleTest {
    private static final TemplateCatalog CATALOG = TemplateCatalog.fromClassPath();
    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private static final Store SOFIA = new Store(UUID.randomUUID(), "Sofia", "Europe/Sofia", "balkans", List.of(), List.of("bg", "en"), "bg-BG", "EUR");
    private static final Store DUBAI = new Store(UUID.randomUUID(), "Dubai", "Asia/Dubai", "gulf", List.of(), List.of("ar", "en"), "ar-AE", "AED");
    private static final Slide WELCOME = new Slide(UUID.randomUUID(), "Welcome", "welcome",
            Map.of("greeting", Map.of("en", "Welcome", "ar", "أهلاً", "bg", "Здравейте")));
    private static final Slide PROMO = new Slide(UUID.randomUUID(), "Promo", "promotion", Map.of("headline", Map.of("en", "Juice"), "nowPrice", "3.49"));
    private static final Playlist LOOP = new Playlist(UUID.randomUUID(), "Loop", List.of(new PlaylistItem(WELCOME.id(), 5000)));
    private static final Playlist PROMOS = new Playlist(UUID.randomUUID(), "Promos", List.of(new PlaylistItem(PROMO.id(), 8000)));

    @Test
    void anEditReResolvesOnlyTheDisplaysItsOldOrNewTargetsReachAndMatchesAFullRecompute() {
        List<FleetSchedule.Placement> fleet = new ArrayList<>();
        for (Store store : List.of(SOFIA, DUBAI)) {
            for (DisplayClass cls : List.of(DisplayClass.HD_LANDSCAPE, DisplayClass.EINK_BW, DisplayClass.EINK_BWR_LABEL)) {
                fleet.add(new FleetSchedule.Placement(new Display(UUID.randomUUID(), store.id(), store.name() + " " + cls.id(), cls,
                        Zone.AISLE, List.of(), false, null, null), store));
            }
        }
        Campaign mornings = campaign("Mornings", new Targets(List.of(SOFIA.id()), List.of(), List.of(), List.of(), List.of()),
                List.of(Daypart.of(EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY), "07:00", "10:00")), 5);
        Campaign everywhere = campaign("Everywhere", Targets.EVERYWHERE, List.of(), 1);
        ScheduleInputs inputs = new ScheduleInputs(LOOP.id(), List.of(mornings, everywhere), List.of(),
                Map.of(LOOP.id(), LOOP, PROMOS.id(), PROMOS), Map.of(WELCOME.id(), WELCOME, PROMO.id(), PROMO));
        FleetSchedule schedule = new FleetSchedule(CATALOG, fleet, inputs, NOW);
        schedule.resolveAll();
        UUID sofiaScreen = fleet.get(0).display().id();
        var before = schedule.timeline(sofiaScreen);

        // moved from Sofia to Dubai's labels only
        Campaign moved = new Campaign(mornings.id(), mornings.name(), CampaignStatus.APPROVED, 2, PROMOS.id(), Map.of(),
                mornings.startDate(), mornings.endDate(), mornings.dayparts(), List.of(), 5, 1, null,
                new Targets(List.of(DUBAI.id()), List.of(), List.of(), List.of(DisplayClass.EINK_BWR_LABEL), List.of()));
        Set<UUID> touched = schedule.campaignChanged(moved);

        Set<UUID> expected = fleet.stream().filter(p -> p.store() == SOFIA || p.display().displayClass() == DisplayClass.EINK_BWR_LABEL)
                .map(p -> p.display().id()).collect(Collectors.toSet());
        assertEquals(expected, touched);
        assertNotEquals(before, schedule.timeline(sofiaScreen), "Sofia's mornings are gone");
        FleetSchedule full = new FleetSchedule(CATALOG, fleet, schedule.inputsSnapshot(), NOW);
        full.resolveAll();
        for (FleetSchedule.Placement p : fleet) {
            assertEquals(full.timeline(p.display().id()), schedule.timeline(p.display().id()), p.display().name());
        }
    }

    private static Campaign campaign(String name, Targets targets, List<Daypart> dayparts, int priority) {
        return new Campaign(UUID.randomUUID(), name, CampaignStatus.APPROVED, 1, PROMOS.id(), Map.of(), LocalDate.parse("2026-11-01"),
                LocalDate.parse("2026-12-31"), dayparts, List.of(), priority, 1, null, targets);
    }
}
