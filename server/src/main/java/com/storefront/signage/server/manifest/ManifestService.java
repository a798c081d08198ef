package com.storefront.signage.server.manifest;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotice;
import com.storefront.signage.server.push.ChangeObserver;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.schedule.ScheduleInputs;
import com.storefront.signage.server.schedule.ScheduleLoader;
import com.storefront.signage.server.store.Store;
import com.storefront.signage.server.store.StoreRepository;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Displays' manifests, and what this instance remembers of them so that a player whose manifest is
 * unchanged is answered 304 without PostgreSQL.
 *
 * <p>Every organisation has a <em>generation</em>, moved on by each change notice of the
 * organisation (this instance's edits at once, other instances' through LISTEN). What is remembered
 * is stamped with the generation read <em>before</em> the data it came from, so anything computed
 * from data an edit may have replaced is stamped older than the notice of that edit and is never
 * used after it. Remembered are: each organisation's schedule inputs (one load shared by every
 * display and the {@code HintHub}, with their resolved timelines), and each display's version until
 * its store's next midnight, when the manifest's window moves on. Both are also forgotten after
 * {@link #REMEMBER_FOR}, which bounds how stale an instance can be if another instance's notice was
 * never sent; and nothing is trusted while the LISTEN connection is down.
 */
public final class ManifestService implements ChangeObserver {
    /** How long anything is trusted without a notice: the bound on a lost NOTIFY, and the cost of one reload per organisation. */
    public static final Duration REMEMBER_FOR = Duration.ofMinutes(5);
    private static final int MAX_VERSIONS = 1_000_000;

    private final DisplayRepository displays;
    private final StoreRepository stores;
    private final ScheduleLoader loader;
    private final TemplateCatalog catalog;
    private final Clock clock;
    private final AtomicLong generations = new AtomicLong();
    private final Map<UUID, Organisation> organisations = new ConcurrentHashMap<>();
    private final Map<UUID, Known> versions = new ConcurrentHashMap<>();
    private volatile boolean listening;

    public ManifestService(DisplayRepository displays, StoreRepository stores, ScheduleLoader loader, TemplateCatalog catalog, Clock clock) {
        this.displays = displays;
        this.stores = stores;
        this.loader = loader;
        this.catalog = catalog;
        this.clock = clock;
    }

    /** An organisation's schedule inputs as of {@code generation}, with the resolver that memoises their timelines. */
    public record Snapshot(UUID organisationId, long generation, Instant loadedAt, ScheduleInputs inputs, ManifestResolver resolver) {
    }

    /** A display's version, remembered until {@code expiresAtMillis} unless the organisation's generation moves on first. */
    private record Known(UUID organisationId, long generation, String version, long expiresAtMillis) {
    }

    private final class Organisation {
        volatile long generation = generations.incrementAndGet();
        /** The load of the current generation's inputs, shared by everyone who asks meanwhile. */
        volatile Future<Snapshot> snapshot;
    }

    /** The manifest the display should play now; its version is remembered for {@link #knownVersion}. */
    public Future<Manifest> forDisplay(UUID organisationId, UUID displayId) {
        long generation = generation(organisationId);
        Instant now = clock.instant();
        Future<Display> display = displays.find(organisationId, displayId).map(d -> d.orElseThrow(() -> ApiException.notFound("display")));
        Future<Store> store = display.compose(d -> stores.find(organisationId, d.storeId()))
                .map(s -> s.orElseThrow(() -> ApiException.notFound("store")));
        return store.compose(s -> snapshot(organisationId)).map(snapshot -> {
            ManifestBuilder.Shared shared = snapshot.resolver().shared(display.result(), store.result(), now);
            Manifest manifest = ManifestBuilder.manifest(display.result(), store.result(), shared, now);
            if (snapshot.generation() == generation) {
                remember(organisationId, displayId, generation, manifest.version(), shared.dayEnd());
            }
            return manifest;
        });
    }

    /**
     * The version of the display's manifest if this instance knows it is current, else null (then
     * ask {@link #forDisplay}). No I/O: this is what a 304 is answered from.
     */
    public String knownVersion(UUID organisationId, UUID displayId) {
        if (!listening) {
            return null;
        }
        Known known = versions.get(displayId);
        if (known == null || !known.organisationId().equals(organisationId)) {
            return null;
        }
        Organisation org = organisations.get(organisationId);
        if (org == null || org.generation != known.generation() || clock.millis() >= known.expiresAtMillis()) {
            return null;
        }
        return known.version();
    }

    /**
     * Remembers a version computed from data read after {@code generation} was current (see the class
     * comment), until {@code dayEnd} or {@link #REMEMBER_FOR}, whichever comes first.
     */
    public void remember(UUID organisationId, UUID displayId, long generation, String version, Instant dayEnd) {
        if (!listening || generation != generation(organisationId)) {
            return;
        }
        if (versions.size() >= MAX_VERSIONS) {
            // a bound, not a policy: an instance serving a million displays starts over rather than grow without limit
            versions.clear();
        }
        long limit = clock.millis() + REMEMBER_FOR.toMillis();
        versions.put(displayId, new Known(organisationId, generation, version, Math.min(dayEnd.toEpochMilli(), limit)));
    }

    /** The organisation's generation now: read it before reading what will be remembered under it. */
    public long generation(UUID organisationId) {
        return organisations.computeIfAbsent(organisationId, id -> new Organisation()).generation;
    }

    /**
     * The organisation's schedule inputs: loaded once per generation and shared, reloaded after
     * {@link #REMEMBER_FOR}, and loaded afresh for every caller while notices cannot be heard.
     */
    public Future<Snapshot> snapshot(UUID organisationId) {
        Organisation org = organisations.computeIfAbsent(organisationId, id -> new Organisation());
        long generation = org.generation;
        Instant now = clock.instant();
        Future<Snapshot> current = org.snapshot;
        if (listening && current != null && (!current.isComplete() || current.succeeded()
                && current.result().generation() == generation && now.isBefore(current.result().loadedAt().plus(REMEMBER_FOR)))) {
            if (!current.isComplete()) {
                // a load begun under an older generation may miss the edit that moved it on: wait for it, then check again
                return current.compose(s -> s.generation() == org.generation ? Future.succeededFuture(s) : snapshot(organisationId));
            }
            return current;
        }
        // a day of slack: the store's day may have begun before the UTC one
        Future<Snapshot> load = loader.load(organisationId, now.minusSeconds(86_400), List.of())
                .map(inputs -> new Snapshot(organisationId, generation, now, inputs,
                        new ManifestResolver(new ScheduleAssembler(catalog, inputs))));
        if (listening) {
            org.snapshot = load;
        }
        return load;
    }

    @Override
    public void changed(ChangeNotice notice) {
        if (notice.kind() != ChangeKind.COMMAND) {
            forgetOrganisation(notice.organisationId());
        }
    }

    @Override
    public void deaf() {
        listening = false;
        forgetEverything();
    }

    @Override
    public void listening(boolean again) {
        forgetEverything();
        listening = true;
    }

    private void forgetOrganisation(UUID organisationId) {
        Organisation org = organisations.computeIfAbsent(organisationId, id -> new Organisation());
        org.generation = generations.incrementAndGet();
        org.snapshot = null;
    }

    private void forgetEverything() {
        organisations.keySet().forEach(this::forgetOrganisation);
        versions.clear();
    }
}
