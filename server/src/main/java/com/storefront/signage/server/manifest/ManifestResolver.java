package com.storefront.signage.server.manifest;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.Zone;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.store.Store;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Manifests of many displays from one set of schedule inputs. Displays whose assembled entries are
 * the same objects (the {@link ScheduleAssembler} shares them per campaign and content) in the same
 * zone on the same store day share one resolved timeline ({@link ManifestBuilder.Shared}), so a
 * fleet costs a timeline per group of alike displays (store locale, class, zone, tags and targeted
 * interruptions) instead of one per display. Pure apart from its memo; safe to share between threads.
 */
public final class ManifestResolver {
    private final ScheduleAssembler assembler;
    private final Map<Group, ManifestBuilder.Shared> shared = new ConcurrentHashMap<>();
    private final Map<Alike, ManifestBuilder.Shared> byPlacement = new ConcurrentHashMap<>();
    private final Map<String, ZoneId> zones = new ConcurrentHashMap<>();
    /** Displays an override names one by one: the only ones whose entries depend on which display they are. */
    private final Set<UUID> singledOut = new HashSet<>();

    public ManifestResolver(ScheduleAssembler assembler) {
        this.assembler = assembler;
        assembler.inputs().interruptions().forEach(i -> singledOut.addAll(i.displayIds()));
    }

    public ScheduleAssembler assembler() {
        return assembler;
    }

    public ManifestBuilder.Shared shared(Display display, Store store, Instant now) {
        ZoneId zone = zones.computeIfAbsent(store.timeZone(), ZoneId::of);
        Instant windowStart = ManifestBuilder.windowStart(zone, now);
        // what the assembler reads of a display: its store, class, zone and tags, and its id only if an override names it
        Alike alike = new Alike(store, display.displayClass(), display.zone(), display.tags(),
                singledOut.contains(display.id()) ? display.id() : null, windowStart);
        ManifestBuilder.Shared known = byPlacement.get(alike);
        if (known != null) {
            return known;
        }
        List<ScheduleEntry> entries = assembler.entries(display, store);
        ManifestBuilder.Shared found = shared.computeIfAbsent(new Group(store.timeZone(), windowStart, entries),
                g -> ManifestBuilder.share(entries, store.timeZone(), now));
        byPlacement.putIfAbsent(alike, found);
        return found;
    }

    /** Displays the assembler cannot tell apart, on one store day. */
    private record Alike(Store store, DisplayClass displayClass, Zone zone, List<String> tags, UUID singledOut, Instant windowStart) {
    }

    public String version(Display display, Store store, Instant now) {
        return ManifestBuilder.version(display, shared(display, store, now));
    }

    public Manifest manifest(Display display, Store store, Instant now) {
        return ManifestBuilder.manifest(display, store, shared(display, store, now), now);
    }

    /** How many groups of alike displays were resolved. */
    public int groups() {
        return shared.size();
    }

    /**
     * Displays alike: the same entry objects, in the same zone, on the same store day. Compared by
     * identity, which is cheap for thousands of displays; equal entries that are not the same object
     * only cost a group of their own, never a wrong timeline.
     */
    private static final class Group {
        private final String timeZone;
        private final Instant windowStart;
        private final ScheduleEntry[] entries;
        private final int hash;

        Group(String timeZone, Instant windowStart, List<ScheduleEntry> entries) {
            this.timeZone = timeZone;
            this.windowStart = windowStart;
            this.entries = entries.toArray(ScheduleEntry[]::new);
            int h = timeZone.hashCode() * 31 + windowStart.hashCode();
            for (ScheduleEntry e : this.entries) {
                h = h * 31 + System.identityHashCode(e);
            }
            this.hash = h;
        }

        @Override
        public boolean equals(Object o) {
            if (!(o instanceof Group g) || g.hash != hash || g.entries.length != entries.length
                    || !g.timeZone.equals(timeZone) || !g.windowStart.equals(windowStart)) {
                return false;
            }
            for (int i = 0; i < entries.length; i++) {
                if (g.entries[i] != entries[i]) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public int hashCode() {
            return hash;
        }
    }
}
