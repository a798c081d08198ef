package com.storefront.signage.node.eink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.eink.Rect;
import com.storefront.signage.core.eink.Waveform;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class It8951PanelTest {
    private static final PanelProfile PROFILE = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
    private static final int BUFFER = 0x001236E0;

    private final RecordingTransport transport = new RecordingTransport()
            .scriptDeviceInfo(deviceInfo(1872, 1404, BUFFER));
    private final It8951Panel panel = new It8951Panel(transport, It8951Settings.defaults(1500));

    @Test
    void init_wakes_reads_device_info_enables_packed_writes_and_sets_vcom() {
        It8951DeviceInfo info = panel.init();

        assertEquals(new It8951DeviceInfo(1872, 1404, BUFFER, "SWv_0.1", "M641"), info);
        List<String> expected = new ArrayList<>();
        expected.addAll(cmd(0x0001));
        expected.addAll(cmd(0x0302));
        expected.add("wait");
        expected.add(new RecordedTransfer(RecordedTransfer.Kind.READ, deviceInfo(1872, 1404, BUFFER)).toString());
        expected.addAll(command(0x0011, 0x0004, 0x0001));
        expected.addAll(command(0x0039, 0x0001, 1500));
        assertEquals(expected, lines());
    }

    @Test
    void gc16_update_of_a_16x4_area_sends_exactly_the_it8951_stream() {
        panel.init();
        transport.clear();
        transport.scriptRegister(0x1224, 1, 1, 0); // the display engine is busy for two polls

        panel.apply(update(new Rect(8, 4, 16, 4), Waveform.GC16), patternFrame(new Rect(8, 4, 16, 4)), PROFILE);

        int[] pixelWords = {
            0x3210, 0x7654, 0xBA98, 0xFEDC,
            0x7654, 0xBA98, 0xFEDC, 0x3210,
            0xBA98, 0xFEDC, 0x3210, 0x7654,
            0xFEDC, 0x3210, 0x7654, 0xBA98};
        List<String> expected = new ArrayList<>();
        expected.addAll(cmd(0x0001));
        expected.addAll(lutPoll(1));
        expected.addAll(lutPoll(1));
        expected.addAll(lutPoll(0));
        expected.addAll(command(0x0011, 0x020A, 0x0012));
        expected.addAll(command(0x0011, 0x0208, 0x36E0));
        expected.addAll(command(0x0021, 0x0020, 8, 4, 16, 4));
        expected.add("wait");
        expected.add(new RecordedTransfer(RecordedTransfer.Kind.WRITE, pixelWords).toString());
        expected.addAll(cmd(0x0022));
        expected.addAll(command(0x0034, 8, 4, 16, 4, 2));
        expected.addAll(lutPoll(0));
        expected.addAll(cmd(0x0002));
        assertEquals(expected, lines());
    }

    @Test
    void pixel_words_go_out_after_the_write_preamble_high_byte_first() {
        panel.init();
        transport.clear();

        panel.apply(update(new Rect(8, 4, 16, 4), Waveform.GC16), patternFrame(new Rect(8, 4, 16, 4)), PROFILE);

        RecordedTransfer pixels = transport.transfers().stream().filter(t -> t.words().length == 16).findFirst().orElseThrow();
        byte[] expectedRow0 = {0x00, 0x00, 0x32, 0x10, 0x76, 0x54, (byte) 0xBA, (byte) 0x98, (byte) 0xFE, (byte) 0xDC};
        byte[] mosi = pixels.mosi();
        assertEquals(2 + 32, mosi.length);
        assertArrayEquals(expectedRow0, Arrays.copyOf(mosi, expectedRow0.length));
        assertArrayEquals(new byte[] {0x60, 0x00, 0x00, 0x21}, transfer(0x0021).mosi());
        assertArrayEquals(new byte[] {0x60, 0x00, 0x00, 0x34}, transfer(0x0034).mosi());
    }

    @Test
    void du_update_displays_with_mode_1() {
        panel.init();
        transport.clear();
        Rect area = new Rect(16, 8, 8, 8);

        panel.apply(update(area, Waveform.DU), patternFrame(area), PROFILE);

        List<String> lines = lines();
        int dpy = lines.indexOf("cmd 0x0034");
        assertEquals(List.of("wait", "write 0x0010", "wait", "write 0x0008", "wait", "write 0x0008", "wait", "write 0x0008",
                "wait", "write 0x0001"), lines.subList(dpy + 1, dpy + 11));
    }

    @Test
    void a2_uses_the_configured_mode_number_of_the_firmware() {
        It8951Panel custom = new It8951Panel(transport, new It8951Settings(1500,
                It8951Modes.defaults().with(Waveform.A2, 4), 0, false, Duration.ofSeconds(1)));
        custom.init();
        transport.clear();

        custom.apply(update(new Rect(0, 0, 8, 8), Waveform.A2), patternFrame(new Rect(0, 0, 8, 8)), PROFILE);

        List<String> lines = lines();
        assertEquals("write 0x0004", lines.get(lines.indexOf("cmd 0x0034") + 10));
    }

    @Test
    void misaligned_du_area_is_refused_before_any_bytes_move() {
        panel.init();
        transport.clear();
        Rect area = new Rect(4, 8, 16, 8);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> panel.apply(update(area, Waveform.DU), patternFrame(area), PROFILE));

        assertEquals("DU area 16x8 at (4,8) is not aligned to the 8-px grid DU and A2 need on " + PROFILE.id()
                + "; grow it with Rect.align(8, bounds)", e.getMessage());
        assertEquals(List.of(), transport.transfers());
    }

    @Test
    void firmware_needing_a_32_px_grid_refuses_an_8_px_aligned_du_area() {
        It8951Panel coarse = new It8951Panel(transport, new It8951Settings(1500, It8951Modes.defaults(), 32, false,
                Duration.ofSeconds(1)));
        coarse.init();
        transport.clear();
        Rect area = new Rect(8, 0, 8, 32);

        assertThrows(IllegalArgumentException.class, () -> coarse.apply(update(area, Waveform.DU), patternFrame(area), PROFILE));
        assertEquals(List.of(), transport.transfers());
    }

    @Test
    void area_reaching_the_bottom_edge_is_accepted_though_1404_is_not_a_multiple_of_8() {
        panel.init();
        Rect area = new Rect(0, 1400, 8, 4);

        panel.apply(update(area, Waveform.DU), patternFrame(area), PROFILE);

        assertTrue(lines().contains("write 0x0578"));
    }

    @Test
    void area_off_the_glass_is_refused() {
        panel.init();
        transport.clear();
        Rect area = new Rect(1872, 0, 8, 8);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> panel.apply(update(area, Waveform.GC16), patternFrame(new Rect(0, 0, 8, 8)), PROFILE));
        assertTrue(e.getMessage().contains("off the 1872x1404 glass"), e.getMessage());
        assertEquals(List.of(), transport.transfers());
    }

    @Test
    void busy_pin_that_never_goes_ready_times_out_with_a_clear_error() {
        RecordingTransport stuck = new RecordingTransport(Duration.ofMillis(50)).neverReady();

        PanelTimeoutException e = assertThrows(PanelTimeoutException.class,
                () -> new It8951Panel(stuck, It8951Settings.defaults(1500)).init());

        assertTrue(e.getMessage().startsWith("the controller's ready line (HRDY) stayed low for longer than 50 ms"), e.getMessage());
        assertEquals(List.of("wait"), stuck.transfers().stream().map(Object::toString).toList());
    }

    @Test
    void busy_pin_that_goes_ready_after_a_few_polls_is_waited_for() {
        RecordingTransport slow = new RecordingTransport().busyFor(5).scriptDeviceInfo(deviceInfo(1872, 1404, BUFFER));

        assertEquals(1872, new It8951Panel(slow, It8951Settings.defaults(1500)).init().width());
    }

    @Test
    void display_engine_that_never_goes_idle_times_out_with_a_clear_error() {
        It8951Panel impatient = new It8951Panel(transport, new It8951Settings(1500, It8951Modes.defaults(), 0, false,
                Duration.ofMillis(30)));
        impatient.init();
        transport.scriptRegister(0x1224, 1);
        Rect area = new Rect(0, 0, 8, 8);

        PanelTimeoutException e = assertThrows(PanelTimeoutException.class,
                () -> impatient.apply(update(area, Waveform.GC16), patternFrame(area), PROFILE));
        assertTrue(e.getMessage().startsWith("the IT8951 display engine (LUTAFSR) stayed busy"), e.getMessage());
    }

    @Test
    void apply_before_init_is_refused() {
        Rect area = new Rect(0, 0, 8, 8);

        assertThrows(IllegalStateException.class, () -> panel.apply(update(area, Waveform.GC16), patternFrame(area), PROFILE));
        assertEquals(List.of(), transport.transfers());
    }

    @Test
    void full_waveform_has_no_it8951_mode() {
        assertThrows(IllegalArgumentException.class, () -> It8951Modes.defaults().number(Waveform.FULL));
    }

    /** Palette index (column + 4 * row) mod 16 inside the area, white elsewhere. */
    static IndexedFrame patternFrame(Rect area) {
        byte[] indices = new byte[PROFILE.width() * PROFILE.height()];
        Arrays.fill(indices, (byte) 15);
        for (int row = 0; row < area.height(); row++) {
            for (int col = 0; col < area.width(); col++) {
                indices[(area.y() + row) * PROFILE.width() + area.x() + col] = (byte) ((col + 4 * row) % 16);
            }
        }
        return new IndexedFrame(PROFILE.width(), PROFILE.height(), indices);
    }

    private static PanelUpdate update(Rect area, Waveform waveform) {
        return new PanelUpdate(area, waveform, false, 0, 0);
    }

    private static int[] deviceInfo(int width, int height, int address) {
        int[] words = new int[20];
        words[0] = width;
        words[1] = height;
        words[2] = address & 0xFFFF;
        words[3] = address >>> 16;
        ascii(words, 4, "SWv_0.1");
        ascii(words, 12, "M641");
        return words;
    }

    private static void ascii(int[] words, int from, String s) {
        for (int i = 0; i < s.length(); i++) {
            words[from + i / 2] |= s.charAt(i) << (i % 2 == 0 ? 0 : 8);
        }
    }

    private List<String> lines() {
        return transport.transfers().stream().map(Object::toString).toList();
    }

    private RecordedTransfer transfer(int command) {
        return transport.transfers().stream()
                .filter(t -> t.kind() == RecordedTransfer.Kind.COMMAND && t.words()[0] == command).findFirst().orElseThrow();
    }

    private static List<String> cmd(int code) {
        return List.of("wait", String.format("cmd 0x%04X", code));
    }

    private static List<String> command(int code, int... args) {
        List<String> lines = new ArrayList<>(cmd(code));
        for (int arg : args) {
            lines.add("wait");
            lines.add(String.format("write 0x%04X", arg));
        }
        return lines;
    }

    private static List<String> lutPoll(int answer) {
        List<String> lines = new ArrayList<>(command(0x0010, 0x1224));
        lines.add("wait");
        lines.add(String.format("read 0x%04X", answer));
        return lines;
    }
}
