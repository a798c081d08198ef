package com.storefront.signage.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.interruption.Interruption;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class AffectedDisplaysTest {
    private final Store north = store("north");
    private final Store south = store("south");
    private final Placement northEntrance = placement(north, DisplayClass.HD_LANDSCAPE, Zone.ENTRANCE);
    private final Placement northLabel = placement(north, DisplayClass.EINK_BWR_LABEL, Zone.AISLE);
    private final Placement southEntrance = placement(south, DisplayClass.HD_LANDSCAPE, Zone.ENTRANCE);
    private final List<Placement> fleet = List.of(northEntrance, northLabel, southEntrance);

    private final Slide welcome = new Slide(UUID.randomUUID(), "Welcome", "welcome", Map.of("greeting", "Hi"));
    private final Slide price = new Slide(UUID.randomUUID(), "Price", "shelf-label", Map.of("price", "1.99"));
    private final Playlist loop = playlist(welcome);
    private final Playlist labels = playlist(price);
    private final Playlist promo = playlist(welcome, price);
    private final Campaign northPromo = campaign(promo.id(), Map.of(), targets(north));

    @Test
    void nothing_changed_touches_nothing() {
        ScheduleInputs inputs = inputs(List.of(northPromo), List.of());

        assertEquals(Set.of(), AffectedDisplays.between(inputs, inputs, fleet));
    }

    @Test
    void a_campaign_edit_touches_the_displays_of_its_old_and_new_targets_only() {
        Campaign movedSouth = new Campaign(northPromo.id(), "Moved", CampaignStatus.APPROVED, 2, promo.id(), Map.of(),
                northPromo.startDate(), northPromo.endDate(), List.of(), List.of(), 0, 1, null, targets(south));

        Set<UUID> touched = AffectedDisplays.between(inputs(List.of(northPromo), List.of()), inputs(List.of(movedSouth), List.of()), fleet);

        assertEquals(ids(northEntrance, northLabel, southEntrance), touched);
    }

    @Test
    void a_campaign_aimed_at_one_class_touches_only_displays_of_that_class() {
        Campaign labelsOnly = campaign(labels.id(), Map.of(), new Targets(List.of(), List.of(), List.of(),
                List.of(DisplayClass.EINK_BWR_LABEL), List.of()));

        Set<UUID> touched = AffectedDisplays.between(inputs(List.of(), List.of()), inputs(List.of(labelsOnly), List.of()), fleet);

        assertEquals(ids(northLabel), touched);
    }

    @Test
    void a_campaign_leaving_the_schedule_touches_where_it_played() {
        Set<UUID> touched = AffectedDisplays.between(inputs(List.of(northPromo), List.of()), inputs(List.of(), List.of()), fleet);

        assertEquals(ids(northEntrance, northLabel), touched);
    }

    @Test
    void a_slide_edit_reaches_the_displays_of_campaigns_whose_playlists_hold_it() {
        Slide cheaper = new Slide(price.id(), price.name(), price.templateId(), Map.of("price", "0.99"));
        Campaign southLabels = campaign(labels.id(), Map.of(), targets(south));
        ScheduleInputs before = inputs(List.of(northPromo, southLabels), List.of());
        ScheduleInputs after = new ScheduleInputs(loop.id(), before.campaigns(), List.of(), before.playlists(),
                Map.of(welcome.id(), welcome, cheaper.id(), cheaper));

        assertEquals(ids(northEntrance, northLabel, southEntrance), AffectedDisplays.between(before, after, fleet));
    }

    @Test
    void a_change_to_one_class_s_content_touches_the_campaign_s_displays() {
        Playlist other = playlist(price);
        Campaign byClass = campaign(loop.id(), Map.of(DisplayClass.EINK_BWR_LABEL.id(), other.id()), targets(south));
        ScheduleInputs before = inputs(List.of(byClass), List.of(), other);
        Playlist reordered = new Playlist(other.id(), "Reordered", List.of(new PlaylistItem(price.id(), 5_000)));
        ScheduleInputs after = inputs(List.of(byClass), List.of(), reordered);

        assertEquals(ids(southEntrance), AffectedDisplays.between(before, after, fleet));
    }

    @Test
    void a_change_of_the_default_loop_touches_every_display() {
        ScheduleInputs before = inputs(List.of(), List.of());
        ScheduleInputs after = new ScheduleInputs(labels.id(), List.of(), List.of(), before.playlists(), before.slides());

        assertEquals(ids(northEntrance, northLabel, southEntrance), AffectedDisplays.between(before, after, fleet));
    }

    @Test
    void an_override_touches_the_displays_it_names_in_its_store() {
        Interruption override = new Interruption(UUID.randomUUID(), Layer.OVERRIDE, "Closing early", labels.id(), List.of(),
                north.id(), List.of(northLabel.display().id()), Instant.parse("2026-01-01T00:00:00Z"), null, null);

        Set<UUID> touched = AffectedDisplays.between(inputs(List.of(), List.of()), inputs(List.of(), List.of(override)), fleet);

        assertEquals(ids(northLabel), touched);
    }

    @Test
    void an_emergency_for_a_region_touches_the_stores_of_that_region() {
        Interruption emergency = new Interruption(UUID.randomUUID(), Layer.EMERGENCY, "Storm", labels.id(), List.of("south"),
                null, List.of(), Instant.parse("2026-01-01T00:00:00Z"), null, null);
        ScheduleInputs live = inputs(List.of(), List.of(emergency));
        Interruption ended = new Interruption(emergency.id(), Layer.EMERGENCY, "Storm", labels.id(), List.of("south"),
                null, List.of(), emergency.startsAt(), null, Instant.parse("2026-01-01T01:00:00Z"));

        assertEquals(ids(southEntrance), AffectedDisplays.between(inputs(List.of(), List.of()), live, fleet));
        assertEquals(ids(southEntrance), AffectedDisplays.between(live, inputs(List.of(), List.of(ended)), fleet));
    }

    private ScheduleInputs inputs(List<Campaign> campaigns, List<Interruption> interruptions, Playlist... extra) {
        Map<UUID, Playlist> playlists = new HashMap<>(Map.of(loop.id(), loop, labels.id(), labels, promo.id(), promo));
        for (Playlist p : extra) {
            playlists.put(p.id(), p);
        }
        return new ScheduleInputs(loop.id(), campaigns, interruptions, playlists, Map.of(welcome.id(), welcome, price.id(), price));
    }

    private static Set<UUID> ids(Placement... placements) {
        Set<UUID> ids = new java.util.HashSet<>();
        for (Placement p : placements) {
            ids.add(p.display().id());
        }
        return ids;
    }

    private static Store store(String region) {
        return new Store(UUID.randomUUID(), "Store " + region, "Europe/Sofia", region, List.of(), List.of("en"), "en-US", "USD");
    }

    private static Placement placement(Store store, DisplayClass cls, Zone zone) {
        return new Placement(new Display(UUID.randomUUID(), store.id(), "Screen", cls, zone, List.of(), false, null, null), store);
    }

    private static Playlist playlist(Slide... slides) {
        return new Playlist(UUID.randomUUID(), "Playlist", java.util.Arrays.stream(slides).map(s -> new PlaylistItem(s.id(), 10_000)).toList());
    }

    private static Targets targets(Store store) {
        return new Targets(List.of(store.id()), List.of(), List.of(), List.of(), List.of());
    }

    private static Campaign campaign(UUID playlistId, Map<String, UUID> contentByClass, Targets targets) {
        return new Campaign(UUID.randomUUID(), "Campaign", CampaignStatus.APPROVED, 1, playlistId, contentByClass,
                LocalDate.parse("2026-01-01"), LocalDate.parse("2026-12-31"), List.of(), List.of(), 0, 1, null, targets);
    }
}
