package com.storefront.signage.server.push;

import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.store.Store;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * What one instance knows of an organisation while some of its displays are connected here: the
 * connections, where those displays stand, the schedule inputs as of the last refresh (to tell
 * what an edit changed) and the changes heard since. Touched only on the {@link HintHub}'s context.
 */
final class ConnectedOrganisation {
    final UUID id;
    final Map<UUID, PushConnection> connections = new HashMap<>();
    final Map<UUID, Placement> placements = new HashMap<>();
    /** One record per store, shared by its displays' placements. */
    private final Map<UUID, Store> stores = new HashMap<>();
    ScheduleInputs inputs;
    boolean scheduled;
    boolean running;
    private Pending pending = new Pending();

    ConnectedOrganisation(UUID id) {
        this.id = id;
    }

    /** Changes heard and not yet acted on. */
    static final class Pending {
        final Set<UUID> displays = new HashSet<>();
        final Set<UUID> stores = new HashSet<>();
        boolean inputs;
        boolean everything;
        /** When the oldest change waiting here was announced; null when only sockets opened. */
        Instant since;

        void changedAt(Instant at) {
            since = since == null || at.isBefore(since) ? at : since;
        }

        boolean any() {
            return inputs || everything || !displays.isEmpty() || !stores.isEmpty();
        }

        void add(Pending other) {
            displays.addAll(other.displays);
            stores.addAll(other.stores);
            inputs |= other.inputs;
            everything |= other.everything;
            if (other.since != null) {
                changedAt(other.since);
            }
        }
    }

    Pending pending() {
        return pending;
    }

    Pending takePending() {
        Pending taken = pending;
        pending = new Pending();
        return taken;
    }

    /** Keeps a fresh placement of a display that is still connected, sharing an equal store record. */
    void place(Placement fresh) {
        if (!connections.containsKey(fresh.display().id())) {
            return;
        }
        Store known = stores.get(fresh.store().id());
        Store store = fresh.store().equals(known) ? known : fresh.store();
        stores.put(store.id(), store);
        placements.put(fresh.display().id(), store == fresh.store() ? fresh : new Placement(fresh.display(), store));
    }

    /** The store record stays: it is bounded by the organisation's stores and goes with the organisation. */
    void forget(UUID displayId) {
        placements.remove(displayId);
    }
}
