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
 *
 * <p>Most of a manifest is shared by every display with the same entries in the same time zone
 * ({@link Shared}: the timeline and its digest); only the display's id, name and class are its
 * own. The version hashes the shared digest with those, so a fleet's versions cost one timeline
 * per group of alike displays ({@link ManifestResolver}) and a small hash per display.
 */
public final class ManifestBuilder {
    public static final int WINDOW_DAYS = 8;

    /**
     * What every display with the same assembled entries in the same zone shares on one store day:
     * the entries that can still play, the timeline, and a digest of both with the zone and window.
     * {@code dayEnd} is the store's next midnight, when the window moves on and the version with it.
     */
    public record Shared(String timeZone, Instant windowStart, Instant validUntil, Instant dayEnd, List<ScheduleEntry> entries,
                         List<Segment> timeline, String digest) {
    }

    public Manifest build(Display display, Store store, ScheduleAssembler assembler, Instant now) {
        return manifest(display, store, share(assembler.entries(display, store), store.timeZone(), now), now);
    }

    /** The start of the store's day that {@code now} falls in: where the window starts. */
    public static Instant windowStart(ZoneId zone, Instant now) {
        return WallClock.startOfDay(now.atZone(zone).toLocalDate(), zone);
    }

    /** Resolves assembled entries for the store day {@code now} falls in. */
    public static Shared share(List<ScheduleEntry> assembled, String timeZone, Instant now) {
        ZoneId zone = ZoneId.of(timeZone);
        LocalDate today = now.atZone(zone).toLocalDate();
        Instant windowStart = WallClock.startOfDay(today, zone);
        Instant validUntil = WallClock.startOfDay(today.plusDays(WINDOW_DAYS), zone);
        List<ScheduleEntry> entries = assembled.stream().filter(e -> !e.items().isEmpty())
                .filter(e -> !e.activeWithin(windowStart, Instant.MAX, zone).isEmpty()).toList();
        List<Segment> timeline = ScheduleResolver.resolve(entries, zone, windowStart, validUntil);
        Map<String, Object> content = new LinkedHashMap<>();
        content.put("timeZone", timeZone);
        content.put("window", List.of(windowStart, validUntil));
        content.put("entries", entries);
        content.put("timeline", timeline);
        return new Shared(timeZone, windowStart, validUntil, WallClock.startOfDay(today.plusDays(1), zone), entries, timeline,
                hex(sha256(ProtocolJson.write(content))));
    }

    public static Manifest manifest(Display display, Store store, Shared shared, Instant now) {
        return new Manifest(version(display, shared), display.id().toString(), display.name(), display.displayClass(),
                store.id().toString(), shared.timeZone(), now, shared.windowStart(), shared.validUntil(), shared.entries(),
                shared.timeline());
    }

    /** A hash of what the player acts on; {@code generatedAt} is left out so an unchanged schedule keeps its version. */
    public static String version(Display display, Shared shared) {
        // not the whole display record: its last-seen time changes on every request
        byte[] own = ProtocolJson.write(List.of(display.id(), display.name(), display.displayClass(), shared.digest()));
        return hex(sha256(own));
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String hex(byte[] digest) {
        return HexFormat.of().formatHex(digest, 0, 16);
    }
}
