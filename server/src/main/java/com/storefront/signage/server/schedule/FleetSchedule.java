package com.storefront.signage.server.schedule;

import com.storefront.signage.core.schedule.Interval;
import com.storefront.signage.core.schedule.PackedTimeline;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.ScheduleResolver;
import com.storefront.signage.core.schedule.Segment;
import com.storefront.signage.core.schedule.WallClock;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.manifest.ManifestBuilder;
import com.storefront.signage.server.store.Store;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;

/**
 * The resolved week of every display in a fleet, kept up to date incrementally: when one campaign
 * changes, only the displays its old or new targets reach are updated, and for each of them only
 * that campaign's entry is rebuilt and spliced into its packed segments ({@link PackedTimeline}).
 * Displays that share a zone share each entry's active times; a change drops only the changed
 * campaign's. Pure; work is spread over the cores, and changes are applied one at a time.
 */
public final class FleetSchedule {
    /** A display and the store it is in. */
    public record Placement(Display display, Store store) {
        List<String> tags() {
            List<String> tags = new ArrayList<>(store.tags());
            tags.addAll(display.tags());
            return tags;
        }
    }

    private final TemplateCatalog catalog;
    private final List<Placement> fleet;
    private final List<List<String>> tags;
    private final Instant now;
    private ScheduleInputs inputs;
    private ScheduleAssembler assembler;
    private final Map<UUID, List<ScheduleEntry>> entries = new ConcurrentHashMap<>();
    private final Map<UUID, PackedTimeline> timelines = new ConcurrentHashMap<>();
    // an entry's active times depend on its rules and the zone only: entry id, then zone
    private final Map<String, Map<ZoneId, List<Interval>>> activeTimes = new ConcurrentHashMap<>();

    public FleetSchedule(TemplateCatalog catalog, List<Placement> fleet, ScheduleInputs inputs, Instant now) {
        this.catalog = catalog;
        this.fleet = List.copyOf(fleet);
        this.tags = this.fleet.stream().map(Placement::tags).toList();
        this.inputs = inputs;
        this.assembler = new ScheduleAssembler(catalog, inputs);
        this.now = now;
    }

    /** Resolves every display from scratch, on every core: displays are independent. */
    public void resolveAll() {
        fleet.parallelStream().forEach(p -> {
            List<ScheduleEntry> list = assembler.entries(p.display(), p.store());
            entries.put(p.display().id(), list);
            timelines.put(p.display().id(), PackedTimeline.of(resolve(p, list), list));
        });
    }

    /** Applies a new version of one campaign (or a new campaign); returns the displays whose timeline was recomputed. */
    public synchronized Set<UUID> campaignChanged(Campaign updated) {
        Campaign previous = inputs.campaigns().stream().filter(c -> c.id().equals(updated.id())).findFirst().orElse(null);
        List<Campaign> campaigns = new ArrayList<>(inputs.campaigns());
        campaigns.removeIf(c -> c.id().equals(updated.id()));
        campaigns.add(updated);
        inputs = inputs.withCampaigns(campaigns);
        assembler = new ScheduleAssembler(catalog, inputs);
        String id = updated.id().toString();
        activeTimes.remove(id);
        Set<UUID> touched = ConcurrentHashMap.newKeySet();
        IntStream.range(0, fleet.size()).parallel().forEach(i -> {
            Placement p = fleet.get(i);
            boolean before = previous != null && ScheduleAssembler.reaches(previous, p.display(), p.store(), tags.get(i));
            boolean after = ScheduleAssembler.reaches(updated, p.display(), p.store(), tags.get(i));
            if (!before && !after) {
                return;
            }
            List<ScheduleEntry> list = new ArrayList<>(entries.get(p.display().id()));
            list.removeIf(e -> e.id().equals(id));
            ScheduleEntry replacement = after ? assembler.entry(updated, p.display().displayClass(), p.store()) : null;
            if (replacement != null) {
                list.add(replacement);
            }
            Window w = window(p);
            entries.put(p.display().id(), list);
            timelines.put(p.display().id(), timelines.get(p.display().id()).replace(id, replacement,
                    replacement == null ? List.of() : activeTimes(replacement, w), list, w.from(), w.to()));
            touched.add(p.display().id());
        });
        return touched;
    }

    /** The inputs as they stand after every change applied so far. */
    public ScheduleInputs inputsSnapshot() {
        return inputs;
    }

    public List<Segment> timeline(UUID displayId) {
        PackedTimeline packed = timelines.get(displayId);
        return packed == null ? null : packed.segments();
    }

    public List<ScheduleEntry> entries(UUID displayId) {
        return entries.get(displayId);
    }

    private List<Segment> resolve(Placement p, List<ScheduleEntry> list) {
        Window w = window(p);
        return ScheduleResolver.resolve(list, w.from(), w.to(), e -> activeTimes(e, w));
    }

    private List<Interval> activeTimes(ScheduleEntry e, Window w) {
        // the window depends only on the zone (now is fixed), so the zone alone keys the memo
        return activeTimes.computeIfAbsent(e.id(), x -> new ConcurrentHashMap<>())
                .computeIfAbsent(w.zone(), z -> e.activeWithin(w.from(), w.to(), w.zone()));
    }

    /** The store's today and the next seven days, as the manifest carries them. */
    private Window window(Placement p) {
        ZoneId zone = ZoneId.of(p.store().timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        return new Window(zone, WallClock.startOfDay(today, zone), WallClock.startOfDay(today.plusDays(ManifestBuilder.WINDOW_DAYS), zone));
    }

    private record Window(ZoneId zone, Instant from, Instant to) {
    }
}
