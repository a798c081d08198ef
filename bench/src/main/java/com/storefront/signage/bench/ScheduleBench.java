package com.storefront.signage.bench;

import com.storefront.signage.core.schedule.Segment;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.schedule.FleetSchedule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/**
 * Resolves the 8-day timeline (today and the next seven) of every display in a synthetic fleet,
 * in full and then incrementally after single campaign edits, and prints one table. Targets
 * (issue 4): full under 10 s and incremental under 200 ms for 10,000 displays and 2,000 campaigns.
 */
final class ScheduleBench {
    private ScheduleBench() {
    }

    static void main(String[] args) {
        int displays = intArg(args, "--displays", 10_000);
        int campaigns = intArg(args, "--campaigns", 2_000);
        int changes = intArg(args, "--changes", 20);
        int fullRuns = intArg(args, "--full-runs", 3);
        Instant now = Instant.parse("2026-11-23T10:00:00Z");
        LocalDate today = now.atOffset(ZoneOffset.UTC).toLocalDate();
        TemplateCatalog catalog = TemplateCatalog.fromClassPath();

        SyntheticFleet fleet = new SyntheticFleet(42, displays, campaigns, today);
        long heapBefore = usedHeapAfterGc();
        List<Long> fullMs = new ArrayList<>();
        FleetSchedule schedule = null;
        long entries = 0;
        long segments = 0;
        long warmupMs = 0;
        // the first run pays for class loading and the JIT; it is reported but not counted
        for (int run = -1; run < fullRuns; run++) {
            schedule = new FleetSchedule(catalog, fleet.placements, fleet.inputs(), now);
            long t0 = System.nanoTime();
            schedule.resolveAll();
            long ms = (System.nanoTime() - t0) / 1_000_000;
            if (run < 0) {
                warmupMs = ms;
            } else {
                fullMs.add(ms);
            }
        }
        for (int i = 0; i < 5; i++) {
            schedule.campaignChanged(fleet.edited((i * 31 + 7) % campaigns, today));
        }
        for (FleetSchedule.Placement p : fleet.placements) {
            entries += schedule.entries(p.display().id()).size();
            segments += schedule.timeline(p.display().id()).size();
        }

        // measured between the phases, so the edits are timed with their own garbage and not the full resolves
        long heapHeld = usedHeapAfterGc() - heapBefore;
        List<Double> incrementalMs = new ArrayList<>();
        List<Integer> touched = new ArrayList<>();
        for (int i = 0; i < changes; i++) {
            Campaign edited = fleet.edited((i * 97) % campaigns, today);
            long t0 = System.nanoTime();
            Set<UUID> hit = schedule.campaignChanged(edited);
            incrementalMs.add((System.nanoTime() - t0) / 1e6);
            touched.add(hit.size());
        }
        // an incremental update must land exactly where a full recompute does
        FleetSchedule check = new FleetSchedule(catalog, fleet.placements, schedule.inputsSnapshot(), now);
        check.resolveAll();
        long mismatches = 0;
        for (FleetSchedule.Placement p : fleet.placements) {
            List<Segment> a = schedule.timeline(p.display().id());
            List<Segment> b = check.timeline(p.display().id());
            if (!a.equals(b)) {
                mismatches++;
            }
        }

        long fullMedian = median(fullMs);
        double incMedian = medianD(incrementalMs);
        double incP95 = percentile(incrementalMs, 0.95);
        double incMax = Collections.max(incrementalMs);
        System.out.printf("Schedule resolution: %,d displays, %,d campaigns, window = store's today + 7 days, %d cores, %s%n%n",
                displays, campaigns, Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.print(new Table("measure", "value", "target", "met")
                .row("full resolve, median of " + fullRuns + " (ms)", fullMedian, "< 10000", fullMedian < 10_000 ? "yes" : "NO")
                .row("full resolve, runs (ms)", fullMs, "", "")
                .row("full resolve, first (cold JVM) run (ms)", warmupMs, "", "")
                .row("incremental, median of " + changes + " edits (ms)", String.format("%.1f", incMedian), "< 200",
                        incMedian < 200 ? "yes" : "NO")
                .row("incremental, p95 / max (ms)", String.format("%.1f / %.1f", incP95, incMax), "< 200", incMax < 200 ? "yes" : "NO")
                .row("displays re-resolved per edit, median / max", medianI(touched) + " / " + Collections.max(touched), "", "")
                .row("full / incremental (median)", String.format("%.0fx", fullMedian / Math.max(0.001, incMedian)), "", "")
                .row("entries per display, mean", String.format("%.1f", entries / (double) displays), "", "")
                .row("segments per display (8 days), mean", String.format("%.1f", segments / (double) displays), "", "")
                .row("heap held by the resolved fleet, MB (KB per display)", String.format("%.0f (%.1f)", heapHeld / 1e6,
                        heapHeld / 1e3 / displays), "", "")
                .row("incremental == full recompute", mismatches == 0 ? "all " + displays : mismatches + " differ", "all", mismatches == 0 ? "yes" : "NO")
                .render());
    }

    private static long usedHeapAfterGc() {
        System.gc();
        Runtime runtime = Runtime.getRuntime();
        return runtime.totalMemory() - runtime.freeMemory();
    }

    private static int intArg(String[] args, String name, int fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return fallback;
    }

    private static long median(List<Long> values) {
        List<Long> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static int medianI(List<Integer> values) {
        List<Integer> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(sorted.size() / 2);
    }

    private static double medianD(List<Double> values) {
        return percentile(values, 0.5);
    }

    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(p * sorted.size()) - 1));
    }
}
