package com.storefront.signage.server.manifest;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.ScheduleResolver;
import com.storefront.signage.core.schedule.Segment;
import com.storefront.signage.core.schedule.WallClock;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.store.Store;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A display's manifest: its entries and the timeline resolved from them from the start of the
 * store's day for {@value #WINDOW_DAYS} days, so the next seven days are always covered. The
 * window moves once a day, so an unchanged schedule keeps its version all day. Pure.
 */
public final class ManifestBuilder {
    public static final int WINDOW_DAYS = 8;

    public Manifest build(Display display, Store store, ScheduleAssembler assembler, Instant now) {
        ZoneId zone = ZoneId.of(store.timeZone());
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant windowStart = WallClock.startOfDay(today, zone);
        Instant validUntil = WallClock.startOfDay(today.plusDays(WINDOW_DAYS), zone);
        List<ScheduleEntry> entries = assembler.entries(display, store).stream().filter(e -> !e.items().isEmpty())
                .filter(e -> !e.activeWithin(windowStart, Instant.MAX, zone).isEmpty()).toList();
        List<Segment> timeline = ScheduleResolver.resolve(entries, zone, windowStart, validUntil);
        String version = version(display, store, windowStart, validUntil, entries, timeline);
        return new Manifest(version, display.id().toString(), display.name(), display.displayClass(), store.id().toString(),
                store.timeZone(), now, windowStart, validUntil, entries, timeline);
    }

    /** A hash of what the player acts on; {@code generatedAt} is left out so an unchanged schedule keeps its version. */
    private static String version(Display display, Store store, Instant windowStart, Instant validUntil,
                                  List<ScheduleEntry> entries, List<Segment> timeline) {
        Map<String, Object> content = new LinkedHashMap<>();
        // not the whole display record: its last-seen time changes on every request
        content.put("display", List.of(display.id(), display.name(), display.displayClass()));
        content.put("timeZone", store.timeZone());
        content.put("window", List.of(windowStart, validUntil));
        content.put("entries", entries);
        content.put("timeline", timeline);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(ProtocolJson.write(content));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
