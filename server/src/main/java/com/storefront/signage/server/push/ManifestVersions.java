package com.storefront.signage.server.push;

import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.manifest.ManifestBuilder;
import com.storefront.signage.server.schedule.FleetSchedule.Placement;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.schedule.ScheduleInputs;
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
 * The manifest versions of many displays, computed as {@code GET /device/manifest} would but with
 * one assembler for all (items resolved once per playlist and store locale), off the event loop
 * and split over the cores.
 */
final class ManifestVersions {
    private static final Logger LOG = Logger.getLogger(ManifestVersions.class.getName());
    private static final int MIN_PER_PART = 64;

    private ManifestVersions() {
    }

    static Future<Map<UUID, String>> of(Vertx vertx, TemplateCatalog catalog, ScheduleInputs inputs, List<Placement> placements,
                                        Instant now) {
        if (placements.isEmpty()) {
            return Future.succeededFuture(Map.of());
        }
        ScheduleAssembler assembler = new ScheduleAssembler(catalog, inputs);
        int parts = Math.max(1, Math.min(Runtime.getRuntime().availableProcessors(), placements.size() / MIN_PER_PART));
        int size = (placements.size() + parts - 1) / parts;
        List<Future<Map<UUID, String>>> futures = new ArrayList<>();
        for (int from = 0; from < placements.size(); from += size) {
            List<Placement> part = List.copyOf(placements.subList(from, Math.min(placements.size(), from + size)));
            futures.add(vertx.executeBlocking(() -> compute(assembler, part, now), false));
        }
        return Future.all(futures).map(all -> {
            Map<UUID, String> versions = new HashMap<>();
            futures.forEach(f -> versions.putAll(f.result()));
            return versions;
        });
    }

    private static Map<UUID, String> compute(ScheduleAssembler assembler, List<Placement> part, Instant now) {
        ManifestBuilder builder = new ManifestBuilder();
        Map<UUID, String> versions = new HashMap<>();
        for (Placement p : part) {
            try {
                versions.put(p.display().id(), builder.build(p.display(), p.store(), assembler, now).version());
            } catch (RuntimeException e) {
                // the player's own fetch will report the same problem; the others still get their hints
                LOG.warning("no manifest version for display " + p.display().id() + ": " + e);
            }
        }
        return versions;
    }
}
