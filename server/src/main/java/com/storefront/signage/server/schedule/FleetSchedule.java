package com.storefront.signage.server.schedule;

import com.storefront.signage.core.schedule.Interval;
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

/**
 * The resolved week of every display in a fleet, kept up to date incrementally: when one campaign
 * changes, only the displays its old or new targets reach are re-resolved, and for each of them
 * only that campaign's entry is rebuilt. Displays that share a zone share each entry's active
 * times, and displays whose entries are the same share their segments (a store's screens mostly
 * do). Pure; work is spread over the cores, and changes are applied one at a time.
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
    private final Instant now;
    private ScheduleInputs inputs;
    private ScheduleAssembler assembler;
    private final Map<UUID, List<ScheduleEntry>> entries = new ConcurrentHashMap<>();
    private final Map<UUID, List<Segment>> timelines = new ConcurrentHashMap<>();
    // active times depend on an entry's rules and the zone only; segments on those and which entries have items
    private final Map<String, List<Interval>> activeTimes = new ConcurrentHashMap<>();
    private final Map<String, List<Segment>> segments = new ConcurrentHashMap<>();
    private final Map<String, Integer> revisions = new ConcurrentHashMap<>();

    public FleetSchedule(TemplateCatalog catalog, List<Placement> fleet, ScheduleInputs inputs, Instant now) {
        this.catalog = catalog;
        this.fleet = List.copyOf(fleet);
        this.inputs = inputs;
        this.assembler = new ScheduleAssembler(catalog, inputs);
        this.now = now;
    }

    /** Resolves every display from scratch, on every core: displays are independent. */
    public void resolveAll() {
        fleet.parallelStream().forEach(p -> {
            List<ScheduleEntry> list = assembler.entries(p.display(), p.store());
            entries.put(p.display().id(), list);
            timelines.put(p.display().id(), resolve(p, list));
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
        revisions.merge(id, 1, Integer::sum);
        Set<UUID> touched = ConcurrentHashMap.newKeySet();
        fleet.parallelStream().forEach(p -> {
            List<String> tags = p.tags();
            boolean before = previous != null && ScheduleAssembler.reaches(previous, p.display(), p.store(), tags);
            boolean after = ScheduleAssembler.reaches(updated, p.display(), p.store(), tags);
            if (!before && !after) {
                return;
            }
            List<ScheduleEntry> list = new ArrayList<>(entries.get(p.display().id()));
            list.removeIf(e -> e.id().equals(id));
            if (after) {
                list.add(assembler.entry(updated, p.display().displayClass(), p.store()));
            }
            entries.put(p.display().id(), list);
            timelines.put(p.display().id(), resolve(p, list));
            touched.add(p.display().id());
        });
        return touched;
    }

    /** The inputs as they stand after every change applied so far. */
    public ScheduleInputs inputsSnapshot() {
        return inputs;
    }

    public List<Segment> timeline(UUID displayId) {
        return timelines.get(displayId);
    }

    public List<ScheduleEntry> entries(UUID displayId) {
        return entries.get(displayId);
    }

    private List<Segment> resolve(Placement p, List<ScheduleEntry> list) {
        ZoneId zone = ZoneId.of(p.store().timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant from = WallClock.startOfDay(today, zone);
        Instant to = WallClock.startOfDay(today.plusDays(ManifestBuilder.WINDOW_DAYS), zone);
        StringBuilder key = new StringBuilder(zone.getId()).append('|').append(from);
        list.stream().map(e -> e.id() + "@" + revisions.getOrDefault(e.id(), 0) + (e.items().isEmpty() ? "-" : "+"))
                .sorted().forEach(k -> key.append('|').append(k));
        return segments.computeIfAbsent(key.toString(), k -> ScheduleResolver.resolve(list, from, to,
                e -> activeTimes.computeIfAbsent(e.id() + "@" + revisions.getOrDefault(e.id(), 0) + "|" + zone.getId() + "|" + from,
                        x -> e.activeWithin(from, to, zone))));
    }
}
