package com.storefront.signage.node.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.eink.Rect;
import com.storefront.signage.core.eink.Waveform;
import com.storefront.signage.core.eink.WaveformMode;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SimulatedPanelTest {
    /** The 16-grey IT8951 panel's palette and modes on a small glass, so tests stay fast. */
    private static final PanelProfile GREY = small(PanelProfiles.load(PanelProfiles.GRAY16_10IN3), 64, 32);
    private static final int BLACK = 0;
    private static final int WHITE = 15;
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-01T08:00:00Z"), ZoneOffset.UTC);
    private static final Rect PRICE = new Rect(8, 8, 16, 8);

    @TempDir
    Path dir;

    private final SimulatedPanel panel = SimulatedPanel.inMemory(GREY, CLOCK);

    @Test
    void starts_white_without_ghosting() {
        BufferedImage glass = panel.glassImage();

        assertEquals(GREY.palette().get(WHITE).argb(), glass.getRGB(0, 0));
        assertEquals(0.0, panel.maxGhostLevel());
    }

    @Test
    void partial_update_changes_only_its_area() throws IOException {
        BufferedImage before = panel.glassImage();

        panel.apply(update(PRICE, Waveform.DU, false), filled(BLACK));

        BufferedImage after = panel.glassImage();
        for (int y = 0; y < GREY.height(); y++) {
            for (int x = 0; x < GREY.width(); x++) {
                boolean inside = PRICE.contains(x, y);
                assertEquals(!inside, before.getRGB(x, y) == after.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void ghosted_pixel_shows_its_new_colour_with_a_little_of_the_old() throws IOException {
        panel.apply(update(PRICE, Waveform.DU, false), filled(BLACK));

        int shown = panel.glassImage().getRGB(8, 8) & 0xFF;
        int black = GREY.palette().get(BLACK).argb() & 0xFF;
        int white = GREY.palette().get(WHITE).argb() & 0xFF;
        assertTrue(shown > black && shown < (black + white) / 2, "blue channel " + shown);
    }

    @Test
    void ghosting_grows_with_every_partial_update_since_the_last_clean_refresh() throws IOException {
        double[] levels = new double[4];
        for (int i = 0; i < levels.length; i++) {
            panel.apply(update(PRICE, Waveform.DU, false), filled(i % 2 == 0 ? BLACK : WHITE));
            levels[i] = panel.maxGhostLevel();
        }

        for (int i = 1; i < levels.length; i++) {
            assertTrue(levels[i] > levels[i - 1], Arrays.toString(levels));
        }
        assertTrue(levels[3] < 0.5, Arrays.toString(levels));
        assertEquals(4, panel.maxPartialsSinceClean());
        assertEquals(0.0, panel.ghostLevelAt(0, 0));
    }

    @Test
    void a2_ghosts_more_than_gl16() throws IOException {
        SimulatedPanel other = SimulatedPanel.inMemory(GREY, CLOCK);

        panel.apply(update(PRICE, Waveform.A2, false), filled(BLACK));
        other.apply(update(PRICE, Waveform.GL16, false), filled(BLACK));

        assertTrue(panel.maxGhostLevel() > other.maxGhostLevel());
    }

    @Test
    void clean_refresh_clears_ghosting_in_its_area_only() throws IOException {
        Rect wide = new Rect(0, 0, 32, 16);
        panel.apply(update(wide, Waveform.DU, false), filled(BLACK));
        panel.apply(update(wide, Waveform.DU, false), filled(WHITE));

        panel.apply(update(new Rect(0, 0, 16, 16), Waveform.GC16, false), filled(BLACK));

        assertEquals(0.0, panel.ghostLevelAt(4, 4));
        assertEquals(GREY.palette().get(BLACK).argb(), panel.glassImage().getRGB(4, 4));
        assertTrue(panel.ghostLevelAt(20, 4) > 0);
    }

    @Test
    void update_marked_clean_clears_ghosting_even_with_a_fast_waveform() throws IOException {
        panel.apply(update(PRICE, Waveform.DU, false), filled(BLACK));

        SimulatedRefresh refresh = panel.apply(update(PRICE, Waveform.DU, true), filled(WHITE));

        assertTrue(refresh.clean());
        assertEquals(0.0, panel.maxGhostLevel());
        assertEquals(0, panel.maxPartialsSinceClean());
    }

    @Test
    void time_and_energy_totals_are_the_profile_figures_summed() throws IOException {
        Rect full = GREY.bounds();
        panel.apply(update(PRICE, Waveform.DU, false), filled(BLACK));
        panel.apply(update(full, Waveform.GC16, false), filled(WHITE));

        WaveformMode du = GREY.mode(Waveform.DU).orElseThrow();
        WaveformMode gc16 = GREY.mode(Waveform.GC16).orElseThrow();
        long duBytes = 16 / 2 * 8;
        long gcBytes = 64 / 2 * 32;
        double perKb = GREY.transferMillijoulesPerKilobyte();
        PanelTotals totals = panel.totals();
        assertEquals(2, totals.updates());
        assertEquals(du.millis() + gc16.millis(), totals.millis());
        assertEquals(du.millijoules(128) + perKb * duBytes / 1000 + gc16.millijoules(2048) + perKb * gcBytes / 1000,
                totals.millijoules(), 1e-9);
        assertEquals(128 + 2048, totals.refreshedArea());
        assertEquals(duBytes + gcBytes, totals.bytes());
    }

    @Test
    void misaligned_fast_update_is_refused_and_leaves_the_glass_alone() throws IOException {
        BufferedImage before = panel.glassImage();

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> panel.apply(update(new Rect(4, 8, 16, 8), Waveform.A2, false), filled(BLACK)));

        assertTrue(e.getMessage().contains("not aligned to the 8-px grid"), e.getMessage());
        assertEquals(0, panel.totals().updates());
        assertEquals(before.getRGB(4, 8), panel.glassImage().getRGB(4, 8));
    }

    @Test
    void index_outside_the_palette_is_refused() {
        SimulatedPanel bw = SimulatedPanel.inMemory(small(PanelProfiles.load(PanelProfiles.BW_7IN5), 64, 32), CLOCK);

        assertThrows(IllegalArgumentException.class, () -> bw.apply(update(PRICE, Waveform.DU, false), filled(7)));
    }

    @Test
    void writes_the_glass_as_png_and_one_json_line_per_update() throws IOException {
        SimulatedPanel written = SimulatedPanel.writingTo(GREY, dir, CLOCK);

        written.apply(update(PRICE, Waveform.DU, false), filled(BLACK));
        written.apply(update(GREY.bounds(), Waveform.GC16, true), filled(WHITE));

        BufferedImage png = ImageIO.read(dir.resolve(SimulatedPanel.GLASS_PNG).toFile());
        assertNotNull(png);
        assertEquals(written.glassImage().getRGB(10, 10), png.getRGB(10, 10));
        List<JsonNode> lines = logLines();
        assertEquals(2, lines.size());
        JsonNode first = lines.get(0);
        assertEquals(1, first.get("sequence").asLong());
        assertEquals("2026-03-01T08:00:00Z", first.get("at").asText());
        assertEquals(List.of(8, 8, 16, 8), List.of(first.at("/area/x").asInt(), first.at("/area/y").asInt(),
                first.at("/area/width").asInt(), first.at("/area/height").asInt()));
        assertEquals("DU", first.get("waveform").asText());
        assertEquals(false, first.get("clean").asBoolean());
        assertEquals(260, first.get("millis").asInt());
        assertEquals(written.totals().millijoules(), first.get("millijoules").asDouble() + lines.get(1).get("millijoules").asDouble(), 1e-9);
        assertEquals(64, first.get("bytes").asLong());
        assertEquals("GC16", lines.get(1).get("waveform").asText());
        assertEquals(true, lines.get(1).get("clean").asBoolean());
        assertEquals(2, lines.get(1).get("sequence").asLong());
        assertEquals(List.of("glass.png", "updates.jsonl"), names());
    }

    @Test
    void reopened_log_is_continued_after_cutting_a_torn_last_line() throws IOException {
        SimulatedPanel.writingTo(GREY, dir, CLOCK).apply(update(PRICE, Waveform.DU, false), filled(BLACK));
        Files.write(dir.resolve(SimulatedPanel.UPDATE_LOG), "{\"sequence\":2,\"at".getBytes(StandardCharsets.UTF_8),
                StandardOpenOption.APPEND); // power lost mid-append

        SimulatedPanel.writingTo(GREY, dir, CLOCK).apply(update(PRICE, Waveform.DU, false), filled(WHITE));

        List<JsonNode> lines = logLines();
        assertEquals(List.of(1L, 2L), lines.stream().map(l -> l.get("sequence").asLong()).toList());
    }

    private List<JsonNode> logLines() throws IOException {
        return Files.readAllLines(dir.resolve(SimulatedPanel.UPDATE_LOG)).stream().map(SimulatedPanelTest::json).toList();
    }

    private List<String> names() throws IOException {
        try (var files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static JsonNode json(String line) {
        try {
            return ProtocolJson.mapper().readTree(line);
        } catch (IOException e) {
            throw new AssertionError("log line is not JSON: " + line, e);
        }
    }

    private static IndexedFrame filled(int index) {
        byte[] indices = new byte[GREY.width() * GREY.height()];
        Arrays.fill(indices, (byte) index);
        return new IndexedFrame(GREY.width(), GREY.height(), indices);
    }

    private static PanelUpdate update(Rect area, Waveform waveform, boolean clean) {
        return new PanelUpdate(area, waveform, clean, 0, 0);
    }

    private static PanelProfile small(PanelProfile p, int width, int height) {
        return new PanelProfile(p.id(), p.name(), width, height, p.bitsPerPixel(), p.palette(), p.partialRefresh(),
                p.modes(), p.fastAlignment(), p.alignment(), p.partialLimit(), p.tileSize(), p.wakeMillijoules(),
                p.transferMillijoulesPerKilobyte(), p.sleepMicrowatts());
    }
}
