package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Daypart;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.campaign.Targets;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.playlist.Playlist;
import com.storefront.signage.server.playlist.PlaylistItem;
import com.storefront.signage.server.schedule.FleetSchedule;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.slide.Slide;
import com.storefront.signage.server.store.Store;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;

/**
 * A retailer's fleet made up from a seed: stores in eight time zones and ten regions, ten
 * displays per store of every class and zone, and campaigns aimed the ways marketing aims them
 * (a region, a tag, a few stores, a display class or zone), a third of them with dayparts, some
 * with exception dates and frequency caps.
 */
final class SyntheticFleet {
    private static final String[] ZONES = {"Asia/Dubai", "Asia/Jerusalem", "Europe/Sofia", "Europe/London", "America/New_York",
            "Asia/Tehran", "Europe/Berlin", "Australia/Sydney"};
    private static final String[][] LANGUAGES = {{"ar", "en"}, {"he", "en"}, {"bg", "en"}, {"en"}, {"en"}, {"fa", "en"}, {"en"}, {"en"}};
    private static final String[][] LOCALES = {{"ar-AE", "AED"}, {"he-IL", "ILS"}, {"bg-BG", "EUR"}, {"en-GB", "GBP"}, {"en-US", "USD"},
            {"fa-IR", "IRR"}, {"de-DE", "EUR"}, {"en-AU", "AUD"}};

    final List<FleetSchedule.Placement> placements = new ArrayList<>();
    final List<Campaign> campaigns = new ArrayList<>();
    final Map<UUID, Playlist> playlists = new HashMap<>();
    final Map<UUID, Slide> slides = new HashMap<>();
    final UUID defaultPlaylist;
    private final Random random;
    private final List<Store> stores = new ArrayList<>();
    private final List<UUID> playlistIds = new ArrayList<>();

    SyntheticFleet(long seed, int displayCount, int campaignCount, LocalDate today) {
        random = new Random(seed);
        int storeCount = Math.max(1, displayCount / 10);
        for (int s = 0; s < storeCount; s++) {
            int z = s % ZONES.length;
            Store store = new Store(new UUID(1, s), "Store " + s, ZONES[z], "region-" + (s % 10),
                    List.of("tag-" + random.nextInt(20)), List.of(LANGUAGES[z]), LOCALES[z][0], LOCALES[z][1]);
            stores.add(store);
        }
        for (int d = 0; d < displayCount; d++) {
            Store store = stores.get(d % storeCount);
            DisplayClass cls = DisplayClass.values()[random.nextInt(DisplayClass.values().length)];
            Zone zone = Zone.values()[random.nextInt(Zone.values().length)];
            List<String> tags = random.nextInt(3) == 0 ? List.of("tag-" + random.nextInt(20)) : List.of();
            placements.add(new FleetSchedule.Placement(new Display(new UUID(2, d), store.id(), "Display " + d, cls, zone, tags,
                    false, null, null), store));
        }
        for (int i = 0; i < 100; i++) {
            Slide slide = i % 3 == 0
                    ? new Slide(new UUID(3, i), "Welcome " + i, "welcome", Map.of("greeting",
                            Map.of("en", "Welcome " + i, "ar", "أهلاً " + i, "he", "ברוכים הבאים " + i, "bg", "Добре дошли " + i)))
                    : new Slide(new UUID(3, i), "Promo " + i, "promotion", Map.of(
                            "headline", Map.of("en", "Deal " + i, "ar", "عرض " + i, "he", "מבצע " + i, "bg", "Оферта " + i),
                            "nowPrice", (1 + i % 9) + ".99", "wasPrice", (3 + i % 9) + ".49", "percentOff", "20"));
            slides.put(slide.id(), slide);
        }
        List<UUID> slideIds = new ArrayList<>(slides.keySet());
        slideIds.sort(null);
        for (int p = 0; p < 200; p++) {
            List<PlaylistItem> items = new ArrayList<>();
            int n = 1 + random.nextInt(4);
            for (int k = 0; k < n; k++) {
                items.add(new PlaylistItem(slideIds.get(random.nextInt(slideIds.size())), 5000 + 1000L * random.nextInt(20)));
            }
            Playlist playlist = new Playlist(new UUID(4, p), "Playlist " + p, items);
            playlists.put(playlist.id(), playlist);
            playlistIds.add(playlist.id());
        }
        defaultPlaylist = playlistIds.get(0);
        for (int c = 0; c < campaignCount; c++) {
            campaigns.add(campaign(new UUID(5, c), today));
        }
    }

    ScheduleInputs inputs() {
        return new ScheduleInputs(defaultPlaylist, campaigns, List.of(), playlists, slides);
    }

    /** A new version of campaign {@code index}: moved to other dayparts and priority, as an edit would. */
    Campaign edited(int index, LocalDate today) {
        Campaign c = campaigns.get(index);
        return new Campaign(c.id(), c.name() + " (edited)", c.status(), c.revision() + 1, c.playlistId(), c.contentByClass(),
                c.startDate(), c.endDate().plusDays(3), dayparts(), c.exceptions(), (c.priority() + 1) % 4, c.weight(),
                c.maxPlaysPerHour(), c.targets());
    }

    private Campaign campaign(UUID id, LocalDate today) {
        LocalDate start = today.plusDays(random.nextInt(9) - 6);
        LocalDate end = start.plusDays(3 + random.nextInt(30));
        List<Daypart> dayparts = random.nextInt(3) == 0 ? dayparts() : List.of();
        List<LocalDate> exceptions = random.nextInt(10) == 0 ? List.of(today.plusDays(random.nextInt(7))) : List.of();
        Integer cap = random.nextInt(10) == 0 ? 4 + random.nextInt(20) : null;
        UUID playlist = playlistIds.get(random.nextInt(playlistIds.size()));
        Map<String, UUID> byClass = random.nextInt(4) == 0
                ? Map.of(DisplayClass.EINK_BWR_LABEL.id(), playlistIds.get(random.nextInt(playlistIds.size()))) : Map.of();
        return new Campaign(id, "Campaign " + id.getLeastSignificantBits(), CampaignStatus.APPROVED, 1, playlist, byClass,
                start, end, dayparts, exceptions, random.nextInt(4), 1 + random.nextInt(10), cap, targets());
    }

    private List<Daypart> dayparts() {
        int startHour = 6 + random.nextInt(12);
        EnumSet<DayOfWeek> days = random.nextBoolean() ? EnumSet.range(DayOfWeek.MONDAY, DayOfWeek.FRIDAY)
                : EnumSet.of(DayOfWeek.SATURDAY, DayOfWeek.SUNDAY);
        return List.of(new Daypart(List.copyOf(days), LocalTime.of(startHour, 0), LocalTime.of(startHour + 1 + random.nextInt(4), 30)));
    }

    private Targets targets() {
        List<DisplayClass> classes = random.nextInt(3) == 0
                ? List.of(DisplayClass.values()[random.nextInt(DisplayClass.values().length)]) : List.of();
        List<Zone> zones = random.nextInt(3) == 0 ? List.of(Zone.values()[random.nextInt(Zone.values().length)]) : List.of();
        switch (random.nextInt(10)) {
            case 0, 1, 2, 3:
                return new Targets(List.of(), List.of("region-" + random.nextInt(10)), List.of(), classes, zones);
            case 4, 5, 6:
                return new Targets(List.of(), List.of(), List.of("tag-" + random.nextInt(20)), classes, zones);
            case 7, 8: {
                List<UUID> some = new ArrayList<>();
                for (int i = 0; i < 1 + random.nextInt(5); i++) {
                    some.add(stores.get(random.nextInt(stores.size())).id());
                }
                return new Targets(some.stream().distinct().toList(), List.of(), List.of(), classes, zones);
            }
            default:
                return new Targets(List.of(), List.of(), List.of(),
                        List.of(DisplayClass.values()[random.nextInt(DisplayClass.values().length)]),
                        List.of(Zone.values()[random.nextInt(Zone.values().length)]));
        }
    }
}
