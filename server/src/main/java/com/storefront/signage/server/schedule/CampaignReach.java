package com.storefront.signage.server.schedule;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Interval;
import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.ScheduleResolver;
import com.storefront.signage.core.schedule.Segment;
import com.storefront.signage.core.schedule.WallClock;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignStatus;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.store.Store;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

/**
 * "Where and when will campaign C play": for every display its targets reach, the spans in which
 * it gets the screen (and its share there), and warnings when it can never play: not approved,
 * no display matches, no content for a class, no time left by its dates and dayparts, or fully
 * shadowed by higher priorities and interruptions; when the schedule would drain a battery e-ink
 * display faster than the configured minimum; and when e-ink displays it reaches leave its videos
 * out (they cannot play video). A draft is simulated as if approved. Pure.
 */
public final class CampaignReach {
    public record Window(Instant start, Instant end, double share) {
    }

    public record DisplayReach(UUID displayId, String displayName, UUID storeId, String storeName, String displayClass,
                               String timeZone, int items, long scheduledMinutes, long playingMinutes,
                               List<Window> playing, List<String> shadowedBy) {
    }

    public record Warning(String code, String message) {
    }

    public record Report(UUID campaignId, CampaignStatus status, Instant from, Instant to,
                         List<DisplayReach> displays, List<Warning> warnings) {
    }

    private CampaignReach() {
    }

    public static Report of(Campaign campaign, List<Display> displays, Map<UUID, Store> stores, ScheduleAssembler assembler,
                            Instant from, Instant to, double minBatteryDays) {
        String id = campaign.id().toString();
        List<Warning> warnings = new ArrayList<>();
        if (campaign.status() != CampaignStatus.APPROVED) {
            warnings.add(new Warning("NOT_APPROVED", "It is " + campaign.status().id() + ": it plays nowhere until "
                    + (campaign.status() == CampaignStatus.ENDED ? "a new campaign replaces it" : "an admin approves it")
                    + ". Below is where it would play."));
        }
        List<DisplayReach> reached = new ArrayList<>();
        Map<String, Set<String>> emptyContent = new TreeMap<>();
        Map<String, Set<String>> videosLeftOut = new TreeMap<>();
        Map<List<Object>, List<Segment>> memo = new HashMap<>();
        Set<String> shadowing = new LinkedHashSet<>();
        List<String> draining = new ArrayList<>();
        boolean anyTimeEver = false;
        boolean anyTimeLeft = false;
        for (Display display : displays) {
            Store store = stores.get(display.storeId());
            if (store == null) {
                continue;
            }
            List<String> tags = new ArrayList<>(store.tags());
            tags.addAll(display.tags());
            if (!ScheduleAssembler.reaches(campaign, display, store, tags)) {
                continue;
            }
            ZoneId zone = ZoneId.of(store.timeZone());
            if (!ScheduleAssembler.playsVideo(display.displayClass())
                    && assembler.videoItems(campaign.playlistFor(display.displayClass())) > 0) {
                videosLeftOut.computeIfAbsent(display.displayClass().id(), k -> new java.util.TreeSet<>()).add(store.name());
            }
            List<ScheduleEntry> entries = assembler.entries(display, store);
            ScheduleEntry mine = entries.stream().filter(e -> e.id().equals(id)).findFirst().orElseThrow();
            if (mine.items().isEmpty()) {
                emptyContent.computeIfAbsent(display.displayClass().id(), k -> new java.util.TreeSet<>())
                        .add(store.name() + " (" + String.join(", ", store.languages()) + ")");
                reached.add(new DisplayReach(display.id(), display.name(), store.id(), store.name(), display.displayClass().id(),
                        store.timeZone(), 0, 0, 0, List.of(), List.of()));
                continue;
            }
            anyTimeEver |= !mine.activeWithin(WallClock.startOfDay(campaign.startDate(), zone),
                    WallClock.startOfDay(campaign.endDate().plusDays(1), zone), zone).isEmpty();
            anyTimeLeft |= !mine.activeWithin(from, Instant.MAX, zone).isEmpty();
            List<Interval> scheduled = mine.activeWithin(from, to, zone);
            List<Segment> segments = memo.computeIfAbsent(List.of(store.timeZone(), entries),
                    k -> ScheduleResolver.resolve(entries, zone, from, to));
            Map<String, ScheduleEntry> byId = new HashMap<>();
            entries.forEach(e -> byId.put(e.id(), e));
            List<Window> playing = new ArrayList<>();
            Set<String> shadowedBy = new LinkedHashSet<>();
            for (Segment s : segments) {
                if (scheduled.stream().noneMatch(i -> overlaps(i, s))) {
                    continue;
                }
                if (s.layer() == Layer.CAMPAIGN && s.entryIds().contains(id)) {
                    int top = s.entryIds().stream().map(byId::get).filter(e -> e.layer() == Layer.CAMPAIGN)
                            .mapToInt(ScheduleEntry::priority).max().orElse(0);
                    List<ScheduleEntry> level = s.entryIds().stream().map(byId::get)
                            .filter(e -> e.layer() == Layer.CAMPAIGN && e.priority() == top).toList();
                    if (mine.priority() == top) {
                        double share = (double) mine.weight() / level.stream().mapToInt(ScheduleEntry::weight).sum();
                        playing.add(new Window(s.start(), s.end(), share));
                    } else {
                        level.forEach(e -> shadowedBy.add(e.name()));
                    }
                } else if (s.layer() != Layer.CAMPAIGN) {
                    s.entryIds().forEach(e -> shadowedBy.add(byId.get(e).name() + " (" + s.layer().id() + ")"));
                }
            }
            shadowing.addAll(shadowedBy);
            BatteryDrain.predictedDays(display, entries, zone, from, to)
                    .filter(days -> days < minBatteryDays)
                    .ifPresent(days -> draining.add(display.name() + " (" + store.name() + "): about " + Math.round(days) + " days"));
            reached.add(new DisplayReach(display.id(), display.name(), store.id(), store.name(), display.displayClass().id(),
                    store.timeZone(), mine.items().size(), minutes(scheduled), minutes(playing.stream()
                    .map(w -> new Interval(w.start(), w.end())).toList()), merge(playing), List.copyOf(shadowedBy)));
        }
        if (reached.isEmpty()) {
            warnings.add(new Warning("NO_MATCHING_DISPLAY", "No display matches its targets, so it can never play."));
        }
        emptyContent.forEach((cls, where) -> warnings.add(new Warning("EMPTY_CONTENT", "Nothing to show on " + cls
                + " displays in " + String.join("; ", where) + ": its playlist for this class is empty or has no slide complete "
                + "in the store's languages" + (videosLeftOut.containsKey(cls) ? ", and these displays cannot play its videos." : "."))));
        videosLeftOut.forEach((cls, where) -> warnings.add(new Warning("VIDEO_NOT_PLAYED", cls + " displays in "
                + String.join("; ", where) + " cannot play video, so they leave out the "
                + assembler.videoItems(campaign.playlistFor(DisplayClass.find(cls).orElseThrow()))
                + " video item(s) of its playlist for them. Give e-ink classes a playlist of slides (content by class) "
                + "if they should carry the offer too.")));
        boolean someContent = reached.stream().anyMatch(r -> r.items() > 0);
        if (someContent && !anyTimeEver) {
            warnings.add(new Warning("NEVER_SCHEDULED", "Its dates, dayparts and exception dates leave no time at all to play "
                    + "(e.g. dayparts on weekdays that never fall between " + campaign.startDate() + " and " + campaign.endDate() + ")."));
        } else if (someContent && !anyTimeLeft) {
            warnings.add(new Warning("DATES_OVER", "Its last date, " + campaign.endDate() + ", is over."));
        }
        long scheduledTotal = reached.stream().mapToLong(DisplayReach::scheduledMinutes).sum();
        long playingTotal = reached.stream().mapToLong(DisplayReach::playingMinutes).sum();
        if (scheduledTotal > 0 && playingTotal == 0) {
            warnings.add(new Warning("FULLY_SHADOWED", "It never gets the screen between " + from + " and " + to
                    + ": " + String.join(", ", shadowing) + " play instead wherever it is scheduled."));
        }
        if (!draining.isEmpty()) {
            warnings.add(new Warning("DRAINS_BATTERY", "At the rotation this schedule gives them, these battery e-ink displays "
                    + "would run flat sooner than the configured minimum of " + Math.round(minBatteryDays) + " days: "
                    + String.join("; ", draining) + ". Every item change is a refresh: give them fewer, longer items or "
                    + "a frequency cap, or their own content."));
        }
        return new Report(campaign.id(), campaign.status(), from, to, reached, warnings);
    }

    private static boolean overlaps(Interval i, Segment s) {
        return i.start().isBefore(s.end()) && s.start().isBefore(i.end());
    }

    private static long minutes(List<Interval> intervals) {
        return intervals.stream().map(Interval::length).mapToLong(Duration::toMinutes).sum();
    }

    /** Joins touching windows with the same share, so a week reads as a few lines. */
    private static List<Window> merge(List<Window> windows) {
        List<Window> out = new ArrayList<>();
        for (Window w : windows) {
            if (!out.isEmpty()) {
                Window last = out.get(out.size() - 1);
                if (last.end().equals(w.start()) && last.share() == w.share()) {
                    out.set(out.size() - 1, new Window(last.start(), w.end(), w.share()));
                    continue;
                }
            }
            out.add(w);
        }
        return out;
    }

}
