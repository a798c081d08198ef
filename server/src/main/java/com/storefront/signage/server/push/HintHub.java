package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.PushMessage;
import com.storefront.signage.server.manifest.ManifestService;
import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import com.storefront.signage.server.schedule.ScheduleInputs;
import io.vertx.core.Context;
import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * The hint sockets connected to this instance, and the work of hinting them. Change notices (from
 * every instance, through LISTEN) are collected per organisation for {@value #COALESCE_MS} ms; then
 * one refresh takes the organisation's schedule inputs (loaded once per change and shared with the
 * manifest route, {@link ManifestService#snapshot}), works out which connected displays the
 * changes can touch ({@link AffectedDisplays}, plus displays and stores that moved, plus sockets
 * that just opened), computes only their manifest versions off the event loop, tells the manifest
 * service what it found (so the players' fetches are answered from memory) and hints those whose
 * version changed. One refresh per organisation runs at a time; what arrives meanwhile waits for the
 * next. A ping goes to every socket each ping interval; one silent for three intervals is closed.
 * The time from a change's commit to each hint it caused goes to {@code hintLatency}.
 *
 * <p>Threading: everything runs on the context the hub was created on; calls from elsewhere hop onto it.
 */
public final class HintHub implements ChangeObserver {
    static final long COALESCE_MS = 75;
    private static final long RETRY_MS = 1000;
    private static final Logger LOG = Logger.getLogger(HintHub.class.getName());

    private final Vertx vertx;
    private final Context context;
    private final Pool pool;
    private final ManifestService manifests;
    private final Clock clock;
    private final long pingMillis;
    private final Consumer<Duration> hintLatency;
    private final Map<UUID, ConnectedOrganisation> organisations = new HashMap<>();
    private final AtomicInteger connected = new AtomicInteger();
    private long pingTimer = -1;
    private SocketListener socketListener = SocketListener.NONE;
    private long hintsSent;
    private long versionsComputed;

    public HintHub(Vertx vertx, Pool pool, ManifestService manifests, Clock clock, Duration pingInterval,
                   Consumer<Duration> hintLatency) {
        this.vertx = vertx;
        this.context = vertx.getOrCreateContext();
        this.pool = pool;
        this.manifests = manifests;
        this.clock = clock;
        this.pingMillis = pingInterval.toMillis();
        this.hintLatency = hintLatency;
    }

    /**
     * Hears of sockets opening and of {@link ChangeKind#COMMAND} notices for organisations with a
     * socket here (remote commands ride the hint sockets). Called on the hub's context.
     */
    public interface SocketListener {
        SocketListener NONE = new SocketListener() {
        };

        default void opened(UUID organisationId, UUID displayId) {
        }

        default void command(ChangeNotice notice) {
        }
    }

    public void listen(SocketListener listener) {
        onContext(() -> socketListener = listener);
    }

    /** Sends {@code message} to the display's socket if it is open on this instance; completes with whether it was sent. */
    public Future<Boolean> send(UUID organisationId, UUID displayId, PushMessage message) {
        return call(() -> {
            ConnectedOrganisation org = organisations.get(organisationId);
            PushConnection c = org == null ? null : org.connections.get(displayId);
            return c != null && c.send(message);
        });
    }

    public void start() {
        onContext(() -> pingTimer = vertx.setPeriodic(pingMillis, id -> sweep()));
    }

    /** Closes every socket as "going away", so players reconnect (with their backoff) to whichever instance is up. */
    public Future<Void> stop() {
        return call(() -> {
            vertx.cancelTimer(pingTimer);
            organisations.values().forEach(o -> List.copyOf(o.connections.values())
                    .forEach(c -> c.close(PushConnection.GOING_AWAY, "server stopping")));
            organisations.clear();
            return null;
        });
    }

    void register(PushConnection connection) {
        onContext(() -> {
            ConnectedOrganisation org = organisations.computeIfAbsent(connection.organisationId(), ConnectedOrganisation::new);
            PushConnection previous = org.connections.put(connection.displayId(), connection);
            if (previous != null && previous != connection) {
                previous.close(PushConnection.POLICY, "replaced by a newer connection of the same display");
            } else {
                connected.incrementAndGet();
            }
            // a new socket is told the current version, whatever it was told before
            org.pending().displays.add(connection.displayId());
            schedule(org, COALESCE_MS);
            socketListener.opened(connection.organisationId(), connection.displayId());
        });
    }

    void unregister(PushConnection connection) {
        onContext(() -> {
            ConnectedOrganisation org = organisations.get(connection.organisationId());
            if (org != null && org.connections.remove(connection.displayId(), connection)) {
                connected.decrementAndGet();
                org.forget(connection.displayId());
                if (org.connections.isEmpty() && !org.running && !org.scheduled) {
                    organisations.remove(org.id);
                }
            }
        });
    }

    @Override
    public void changed(ChangeNotice notice) {
        onContext(() -> {
            ConnectedOrganisation org = organisations.get(notice.organisationId());
            if (org == null) {
                return;
            }
            switch (notice.kind()) {
                case COMMAND -> {
                    socketListener.command(notice);
                    return;
                }
                case DISPLAY -> org.pending().displays.add(notice.id());
                case STORE -> org.pending().stores.add(notice.id());
                default -> org.pending().inputs = true;
            }
            org.pending().changedAt(notice.at());
            schedule(org, COALESCE_MS);
        });
    }

    @Override
    public void listening(boolean again) {
        if (again) {
            recheckAll();
        }
    }

    /** Notices may have been missed (the LISTEN connection dropped): check every connected display. */
    public void recheckAll() {
        onContext(() -> organisations.values().forEach(org -> {
            org.pending().everything = true;
            schedule(org, COALESCE_MS);
        }));
    }

    /** Open hint sockets on this instance; hints sent and versions computed since start. */
    public Future<Stats> stats() {
        return call(() -> new Stats(organisations.values().stream().mapToInt(o -> o.connections.size()).sum(),
                hintsSent, versionsComputed));
    }

    public record Stats(int connections, long hintsSent, long versionsComputed) {
    }

    /** Open hint sockets, readable from any thread (a metrics gauge). */
    public int connectionCount() {
        return connected.get();
    }

    private void schedule(ConnectedOrganisation org, long delayMillis) {
        if (org.scheduled || org.running) {
            return;
        }
        org.scheduled = true;
        vertx.setTimer(delayMillis, id -> {
            org.scheduled = false;
            refresh(org);
        });
    }

    private void refresh(ConnectedOrganisation org) {
        if (org.connections.isEmpty()) {
            organisations.remove(org.id, org);
            return;
        }
        ConnectedOrganisation.Pending changes = org.takePending();
        boolean all = changes.everything || org.inputs == null;
        Set<UUID> reload = new HashSet<>();
        org.connections.keySet().forEach(id -> {
            Placement known = org.placements.get(id);
            if (all || known == null || changes.displays.contains(id) || changes.stores.contains(known.store().id())) {
                reload.add(id);
            }
        });
        org.running = true;
        Instant now = clock.instant();
        // read before the data: versions computed from it are remembered only if no change came in between
        long generation = manifests.generation(org.id);
        Future<ManifestService.Snapshot> snapshot = manifests.snapshot(org.id);
        Future<Map<UUID, Placement>> placed = Placements.load(pool, org.id, reload);
        Future.all(snapshot, placed)
                .compose(x -> call(() -> affected(org, all, reload, placed.result(), snapshot.result().inputs())))
                .compose(work -> ManifestVersions.of(vertx, snapshot.result().resolver(), work, now))
                .onComplete(result -> onContext(() -> finish(org, changes, generation,
                        result.succeeded() ? result.result() : null, result.cause())));
    }

    private void finish(ConnectedOrganisation org, ConnectedOrganisation.Pending changes, long generation,
                        Map<UUID, ManifestVersions.Version> versions, Throwable failure) {
        org.running = false;
        if (failure == null) {
            versions.forEach((display, v) -> manifests.remember(org.id, display, generation, v.version(), v.dayEnd()));
            int sent = hint(org, versions);
            if (changes.since != null && sent > 0) {
                Duration latency = Duration.between(changes.since, clock.instant());
                for (int i = 0; i < sent; i++) {
                    hintLatency.accept(latency);
                }
            }
        } else {
            LOG.log(Level.WARNING, "hints for organisation " + org.id + " delayed: " + failure, failure);
            // the inputs may already have moved on without their hints: check every display next time
            org.pending().add(changes);
            org.pending().everything = true;
        }
        if (org.pending().any()) {
            schedule(org, failure == null ? COALESCE_MS : RETRY_MS);
        } else if (org.connections.isEmpty()) {
            organisations.remove(org.id, org);
        }
    }

    /** Takes in the fresh placements and inputs and returns the displays whose versions must be computed. */
    private List<Placement> affected(ConnectedOrganisation org, boolean all, Set<UUID> reload, Map<UUID, Placement> placed,
                                     ScheduleInputs inputs) {
        Set<UUID> touched = new HashSet<>();
        for (UUID id : reload) {
            Placement fresh = placed.get(id);
            if (fresh == null) {
                PushConnection gone = org.connections.get(id);
                org.forget(id);
                if (gone != null) {
                    gone.close(PushConnection.POLICY, "device token revoked");
                }
            } else {
                org.place(fresh);
                touched.add(id);
            }
        }
        if (all) {
            touched.addAll(org.placements.keySet());
        } else {
            touched.addAll(AffectedDisplays.between(org.inputs, inputs, org.placements.values()));
        }
        org.inputs = inputs;
        List<Placement> work = new ArrayList<>();
        touched.forEach(id -> {
            Placement p = org.placements.get(id);
            if (p != null) {
                work.add(p);
            }
        });
        versionsComputed += work.size();
        return work;
    }

    /** Sends each version that differs from the one its socket last heard; returns how many were sent. */
    private int hint(ConnectedOrganisation org, Map<UUID, ManifestVersions.Version> versions) {
        List<PushConnection> to = new ArrayList<>();
        List<String> what = new ArrayList<>();
        for (Map.Entry<UUID, ManifestVersions.Version> e : versions.entrySet()) {
            PushConnection c = org.connections.get(e.getKey());
            if (c != null && !e.getValue().version().equals(c.lastVersion())) {
                to.add(c);
                what.add(e.getValue().version());
            }
        }
        int fetchWithinMs = FetchSpread.forHints(to.size());
        for (int i = 0; i < to.size(); i++) {
            to.get(i).hint(what.get(i), fetchWithinMs);
        }
        int sent = to.size();
        hintsSent += sent;
        return sent;
    }

    private void sweep() {
        long silenceLimit = 3 * pingMillis * 1_000_000;
        for (ConnectedOrganisation org : organisations.values()) {
            for (PushConnection c : List.copyOf(org.connections.values())) {
                if (c.silentFor(silenceLimit)) {
                    c.close(PushConnection.GOING_AWAY, "no pong for " + 3 * pingMillis / 1000 + " s");
                } else {
                    c.ping();
                }
            }
        }
    }

    /** Runs {@code action} on the hub's context and completes with its result. */
    private <T> Future<T> call(Supplier<T> action) {
        Promise<T> promise = Promise.promise();
        onContext(() -> {
            try {
                promise.complete(action.get());
            } catch (RuntimeException e) {
                promise.fail(e);
            }
        });
        return promise.future();
    }

    private void onContext(Runnable action) {
        if (Vertx.currentContext() == context) {
            action.run();
        } else {
            context.runOnContext(v -> action.run());
        }
    }
}
