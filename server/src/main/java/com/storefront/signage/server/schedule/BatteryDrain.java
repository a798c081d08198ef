package com.storefront.signage.server.schedule;

import com.storefront.signage.core.eink.BatteryForecast;
import com.storefront.signage.core.eink.DailyUpdatePattern;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.eink.WaveformChooser;
import com.storefront.signage.core.schedule.Play;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.Timeline;
import com.storefront.signage.server.display.Display;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * How long a battery e-ink display would last on its schedule: every change of item on screen
 * is a wake that moves and refreshes the whole panel (a slide change is a large change), on top
 * of a wake every five minutes to check for news. Uses the battery the device last reported.
 */
final class BatteryDrain {
    static final int CHECKS_PER_DAY = 24 * 12;

    private BatteryDrain() {
    }

    static Optional<Double> predictedDays(Display display, List<ScheduleEntry> entries, ZoneId zone, Instant from, Instant to) {
        Double capacity = display.batteryCapacityMilliwattHours();
        Optional<PanelProfile> panel = PanelProfiles.forDisplayClass(display.displayClass());
        if (capacity == null || panel.isEmpty() || !to.isAfter(from)) {
            return Optional.empty();
        }
        List<Play> plays = Timeline.resolve(entries, zone, from, to).plays(from, to);
        int changes = 0;
        String showing = null;
        for (Play play : plays) {
            String slide = play.item().id();
            if (!slide.equals(showing)) {
                changes++;
                showing = slide;
            }
        }
        double days = Duration.between(from, to).toSeconds() / 86_400.0;
        int updatesPerDay = (int) Math.ceil(changes / days);
        PanelProfile profile = panel.get();
        DailyUpdatePattern pattern = new DailyUpdatePattern(CHECKS_PER_DAY + updatesPerDay, updatesPerDay, 1.0,
                WaveformChooser.cleanDrawing(profile));
        return Optional.of(BatteryForecast.of(capacity, profile).days(profile, pattern));
    }
}
