package com.storefront.signage.bench;

import com.storefront.signage.core.eink.EinkPipeline;
import com.storefront.signage.core.eink.EnergyModel;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.eink.Waveform;
import com.storefront.signage.core.eink.WaveformMode;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * One scripted retail day on one panel: a wake per minute for 24 hours in the store's zone, the
 * frame redrawn only when what the panel shows changed (otherwise the same frame is submitted
 * again), run through {@link EinkPipeline} and compared with the naive path, a clean full refresh
 * of the whole frame on every wake.
 */
final class RetailDay {
    static final int WAKES = 24 * 60;

    /** What the day cost, ours and naive. */
    record Result(PanelProfile profile, int wakes, int unchanged, int skippedUnchanged, int skipped, int updates,
                  int cleanUpdates, long areaPixels, long bytes, double millijoules, int worstPartials,
                  double p50Millis, double p95Millis, Waveform naiveMode, long naiveAreaPixels, long naiveBytes,
                  double naiveMillijoules) {
    }

    private RetailDay() {
    }

    /** Sees each wake's result (outside the timed call), e.g. to drive a simulated panel. */
    interface WakeListener {
        void woke(int minute, Instant now, EinkPipeline.Wake wake) throws Exception;
    }

    static Result run(PanelProfile profile, ZoneId zone, LocalDate day, long seed) throws Exception {
        return run(profile, zone, day, seed, (minute, now, wake) -> { });
    }

    static Result run(PanelProfile profile, ZoneId zone, LocalDate day, long seed, WakeListener listener) throws Exception {
        EinkPipeline pipeline = new EinkPipeline(profile, zone, "store-17/" + profile.id());
        StoreCatalogue store = new StoreCatalogue(seed);
        RetailScene scene = new RetailScene(profile);
        Instant start = day.atStartOfDay(zone).toInstant();
        long[] nanos = new long[WAKES];
        String shownKey = null;
        int unchanged = 0;
        int skippedUnchanged = 0;
        int skipped = 0;
        int updates = 0;
        int clean = 0;
        long area = 0;
        long bytes = 0;
        double mj = 0;
        int worst = 0;
        for (int minute = 0; minute < WAKES; minute++) {
            store.advance(minute);
            String key = scene.key(store);
            boolean same = key.equals(shownKey);
            if (same) {
                unchanged++;
            } else {
                scene.render(store);
                shownKey = key;
            }
            Instant now = start.plusSeconds(60L * minute);
            long t0 = System.nanoTime();
            EinkPipeline.Wake wake = pipeline.wake(scene.frame(), scene.regions(), now);
            nanos[minute] = System.nanoTime() - t0;
            listener.woke(minute, now, wake);
            if (wake.skipped()) {
                skipped++;
                if (same) {
                    skippedUnchanged++;
                }
            }
            for (PanelUpdate u : wake.updates()) {
                updates++;
                clean += u.clean() ? 1 : 0;
                area += u.area().area();
            }
            bytes += wake.bytesMoved();
            mj += wake.millijoules();
            worst = Math.max(worst, pipeline.ledger().maxCount());
        }

        EnergyModel energy = new EnergyModel(profile);
        Waveform naiveMode = profile.mode(Waveform.GC16).isPresent() ? Waveform.GC16 : Waveform.FULL;
        WaveformMode mode = profile.mode(naiveMode).orElseThrow();
        long frameBytes = energy.packedBytes(profile.bounds());
        double naivePerWake = energy.wakeMillijoules() + energy.transferMillijoules(frameBytes)
                + mode.millijoules(profile.bounds().area());
        Arrays.sort(nanos);
        return new Result(profile, WAKES, unchanged, skippedUnchanged, skipped, updates, clean, area, bytes, mj, worst,
                nanos[WAKES / 2] / 1e6, nanos[(int) Math.ceil(WAKES * 0.95) - 1] / 1e6, naiveMode,
                WAKES * profile.bounds().area(), WAKES * frameBytes, WAKES * naivePerWake);
    }
}
