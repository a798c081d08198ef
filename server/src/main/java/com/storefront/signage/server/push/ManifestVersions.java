package com.storefront.signage.server.push;

import com.storefront.signage.server.manifest.ManifestBuilder;
import com.storefront.signage.server.manifest.ManifestResolver;
import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The manifest versions of many displays, computed as {@code GET /device/manifest} would, with one
 * {@link ManifestResolver} for all (a timeline per group of alike displays), off the event loop
 * and split over the cores.
 */
final class ManifestVersions {
    private static final Logger LOG = Logger.getLogger(ManifestVersions.class.getName());
    private static final int MIN_PER_PART = 512;

    /** A display's version, and the store's next midnight, when it changes without any edit. */
    record Version(String version, Instant dayEnd) {
    }

    private ManifestVersions() {
    }

    static Future<Map<UUID, Version>> of(Vertx vertx, ManifestResolver resolver, List<Placement> placements, Instant now) {
        if (placements.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), placements.size() / MIN_PER_PART));
        int size = (placements.size() + parts - 1) / parts;
        List<Future<Map<UUID, Version>>> futures = new ArrayList<>();
        for (int from = 0; from < placements.size(); from += size) {
            List<Placement> part = List.copyOf(placements.subList(from, Math.min(placements.size(), from + size)));
            futures.add(vertx.executeBlocking(() -> compute(resolver, part, now), false));
        }
        return Future.all(futures).map(all -> {
            Map<UUID, Version> versions = new HashMap<>();
            futures.forEach(f -> versions.putAll(f.result()));
            return versions;
        });
    }

    private static Map<UUID, Version> compute(ManifestResolver resolver, List<Placement> part, Instant now) {
        Map<UUID, Version> versions = new HashMap<>();
        for (Placement p : part) {
            try {
                ManifestBuilder.Shared shared = resolver.shared(p.display(), p.store(), now);
                versions.put(p.display().id(), new Version(ManifestBuilder.version(p.display(), shared), shared.dayEnd()));
            } catch (RuntimeException e) {
                // the player's own fetch will report the same problem; the others still get their hints
                LOG.warning("no manifest version for display " + p.display().id() + ": " + e);
            }
        }
        return versions;
    }
}
