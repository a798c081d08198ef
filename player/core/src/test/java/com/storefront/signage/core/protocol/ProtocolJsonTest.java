package com.storefront.signage.core.protocol;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import com.storefront.signage.core.schedule.Daypart;
import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.Segment;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ProtocolJsonTest {
    private static final String IMAGE = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

    @Test
    void rejectsUnknownFieldNamingIt() {
        byte[] json = utf8("{\"displayClass\":\"hd-landscape\",\"playerVersion\":\"1.0\",\"playerVersoin\":\"1.1\"}");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ProtocolJson.read(json, PairingRequest.class));

        assertTrue(e.getMessage().contains("Unrecognized field \"playerVersoin\""), e.getMessage());
    }

    @Test
    void rejectsUnknownFieldNestedInsideAManifest() {
        String manifest = new String(ProtocolJson.write(manifest()), StandardCharsets.UTF_8)
                .replace("\"templateId\":", "\"colour\":\"red\",\"templateId\":");

        UncheckedIOException e = assertThrows(UncheckedIOException.class,
                () -> ProtocolJson.read(utf8(manifest), Manifest.class));

        assertTrue(e.getMessage().contains("\"colour\""), e.getMessage());
    }

    @Test
    void manifestRoundTripsToAnEqualRecord() {
        Manifest original = manifest();

        Manifest copy = ProtocolJson.read(ProtocolJson.write(original), Manifest.class);

        assertEquals(original, copy);
    }

    @Test
    void manifestRoundTripWritesTheSameBytesAgain() {
        byte[] first = ProtocolJson.write(manifest());

        byte[] second = ProtocolJson.write(ProtocolJson.read(first, Manifest.class));

        assertArrayEquals(first, second);
    }

    @Test
    void displayClassSerialisesAsItsId() {
        String json = new String(ProtocolJson.write(new PairingRequest(DisplayClass.HD_LANDSCAPE, "1.0")), StandardCharsets.UTF_8);

        assertEquals("{\"displayClass\":\"hd-landscape\",\"playerVersion\":\"1.0\"}", json);
    }

    @Test
    void displayClassIsReadFromItsId() {
        PairingRequest request = ProtocolJson.read(utf8("{\"displayClass\":\"eink-bwr-label\",\"playerVersion\":\"2\"}"),
                PairingRequest.class);

        assertEquals(DisplayClass.EINK_BWR_LABEL, request.displayClass());
    }

    @Test
    void unknownDisplayClassFailsListingTheValidIds() {
        byte[] json = utf8("{\"displayClass\":\"hd_landscape\",\"playerVersion\":\"1.0\"}");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ProtocolJson.read(json, PairingRequest.class));

        assertTrue(e.getMessage().contains("unknown display class 'hd_landscape'"), e.getMessage());
        for (DisplayClass c : DisplayClass.values()) {
            assertTrue(e.getMessage().contains(c.id()), () -> "message should list " + c.id() + ": " + e.getMessage());
        }
    }

    @Test
    void equalMapsSerialiseToEqualBytesWhateverTheirInsertionOrder() {
        Map<String, Object> forwards = new LinkedHashMap<>();
        forwards.put("alpha", 1);
        forwards.put("beta", Map.of("y", 2, "x", 1));
        forwards.put("gamma", "three");
        Map<String, Object> backwards = new LinkedHashMap<>();
        backwards.put("gamma", "three");
        Map<String, Object> nested = new LinkedHashMap<>();
        nested.put("y", 2);
        nested.put("x", 1);
        backwards.put("beta", nested);
        backwards.put("alpha", 1);

        assertArrayEquals(ProtocolJson.write(forwards), ProtocolJson.write(backwards));
        assertEquals("{\"alpha\":1,\"beta\":{\"x\":1,\"y\":2},\"gamma\":\"three\"}",
                new String(ProtocolJson.write(backwards), StandardCharsets.UTF_8));
    }

    @Test
    void slidesWithEqualFieldsSerialiseToEqualBytes() {
        Map<String, String> forwards = new LinkedHashMap<>();
        Map<String, String> backwards = new LinkedHashMap<>();
        List<String> names = List.of("headline", "body", "nowPrice", "wasPrice", "percentOff", "validUntil", "image");
        names.forEach(n -> forwards.put(n, n + "-value"));
        for (int i = names.size() - 1; i >= 0; i--) {
            backwards.put(names.get(i), names.get(i) + "-value");
        }

        byte[] a = ProtocolJson.write(new SlideSpec("promotion", "en", forwards, List.of()));
        byte[] b = ProtocolJson.write(new SlideSpec("promotion", "en", backwards, List.of()));

        assertArrayEquals(a, b);
    }

    @Test
    void rejectsTrailingContentAfterTheValue() {
        byte[] json = utf8("{\"displayClass\":\"eink-bw\",\"playerVersion\":\"1\"} {}");

        assertThrows(UncheckedIOException.class, () -> ProtocolJson.read(json, PairingRequest.class));
    }

    @Test
    void rejectsPlayItemShorterThanOneSecond() {
        String json = new String(ProtocolJson.write(manifest()), StandardCharsets.UTF_8)
                .replace("\"durationMs\":8000", "\"durationMs\":999");

        UncheckedIOException e = assertThrows(UncheckedIOException.class, () -> ProtocolJson.read(utf8(json), Manifest.class));

        assertTrue(e.getMessage().contains("durationMs must be at least 1000, was 999"), e.getMessage());
    }

    static Manifest manifest() {
        SlideSpec promotion = new SlideSpec("promotion", "ar",
                Map.of("headline", "تخفيضات الصيف", "nowPrice", "$3.49", "image", IMAGE), List.of(IMAGE));
        SlideSpec welcome = new SlideSpec("welcome", "bg", Map.of("greeting", "Добре дошли"), List.of());
        Instant midnight = Instant.parse("2026-04-30T21:00:00Z");
        ScheduleEntry campaign = ScheduleEntry.campaign("campaign-1", "Summer", 10, 2, 12,
                LocalDate.parse("2026-05-01"), LocalDate.parse("2026-05-31"),
                List.of(Daypart.of(EnumSet.of(DayOfWeek.FRIDAY), "07:00", "10:00")), List.of(LocalDate.parse("2026-05-24")),
                List.of(new PlayItem("item-1", "campaign-1", "playlist-1", "slide-1", 8000, promotion)));
        ScheduleEntry loop = ScheduleEntry.defaultLoop(List.of(new PlayItem("item-2", null, "playlist-1", "slide-2", 5000, welcome)));
        return new Manifest("v-1f3a", "display-7", "Front window", DisplayClass.HD_PORTRAIT, "store-2",
                "Europe/Sofia", Instant.parse("2026-05-01T08:00:00Z"), midnight, midnight.plusSeconds(8 * 86_400),
                List.of(campaign, loop),
                List.of(new Segment(midnight, midnight.plusSeconds(3600), Layer.DEFAULT, List.of("default"))));
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
