package com.storefront.signage.node.eink;

import static com.storefront.signage.node.eink.It8951Protocol.*;

import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.eink.Rect;
import java.util.Objects;

/**
 * Drives a 16-grey panel on an IT8951 controller. {@link #init()} once, then one
 * {@link #apply} per update the pipeline plans. Between updates the controller is put in standby
 * (or sleep), because an e-paper panel keeps its image without power and the rails are what drain
 * the battery. Not thread-safe: call from the one thread that owns the panel.
 */
public final class It8951Panel {
    private final PanelTransport transport;
    private final It8951Settings settings;
    private It8951DeviceInfo device;

    public It8951Panel(PanelTransport transport, It8951Settings settings) {
        this.transport = Objects.requireNonNull(transport, "transport");
        this.settings = Objects.requireNonNull(settings, "settings");
    }

    /** Wakes the controller, reads its size and image buffer address, enables packed writes, sets VCOM. */
    public It8951DeviceInfo init() {
        transport.writeCommand(SYS_RUN);
        transport.writeCommand(GET_DEV_INFO);
        It8951DeviceInfo info = It8951DeviceInfo.parse(transport.readWords(DEV_INFO_WORDS));
        if (info.width() <= 0 || info.height() <= 0) {
            throw new IllegalStateException("the IT8951 reports a " + info.width() + "x" + info.height()
                    + " panel; is the panel cable seated?");
        }
        writeRegister(I80CPCR, 1);
        command(VCOM, VCOM_SET, settings.vcomMillivolts());
        device = info;
        return info;
    }

    /**
     * Loads the area of {@code frame} into the controller and displays it with the update's
     * waveform. Everything is checked before the first byte moves: size, bounds, grid, palette.
     */
    public void apply(PanelUpdate update, IndexedFrame frame, PanelProfile profile) {
        if (device == null) {
            throw new IllegalStateException("call init() before apply(): the image buffer address comes from the controller");
        }
        if (device.width() != profile.width() || device.height() != profile.height()) {
            throw new IllegalArgumentException("profile " + profile.id() + " is " + profile.width() + "x" + profile.height()
                    + " but the controller drives " + device.width() + "x" + device.height());
        }
        UpdateAreaRules.check(update, frame, profile, settings.fastAlignment());
        int mode = settings.modes().number(update.waveform());
        Rect a = update.area();
        int[] pixels = FourBitPacker.forProfile(profile).pack(frame, a);

        transport.writeCommand(SYS_RUN);
        awaitDisplayIdle(); // the buffer may still be read by the previous waveform
        writeRegister(LISAR + 2, device.imageBufferAddress() >>> 16);
        writeRegister(LISAR, device.imageBufferAddress() & 0xFFFF);
        command(LD_IMG_AREA, LITTLE_ENDIAN << 8 | BPP_4 << 4 | ROTATE_0, a.x(), a.y(), a.width(), a.height());
        transport.writeWords(pixels);
        transport.writeCommand(LD_IMG_END);
        command(DPY_AREA, a.x(), a.y(), a.width(), a.height(), mode);
        awaitDisplayIdle(); // standby in mid-waveform would leave the area half driven
        transport.writeCommand(settings.sleepBetweenUpdates() ? SLEEP : STANDBY);
    }

    /** Puts the controller to sleep, e.g. at shutdown; the image stays on the glass. */
    public void sleep() {
        transport.writeCommand(SLEEP);
    }

    private void awaitDisplayIdle() {
        long deadline = System.nanoTime() + settings.displayTimeout().toNanos();
        while (readRegister(LUTAFSR) != 0) {
            if (System.nanoTime() - deadline > 0) {
                throw new PanelTimeoutException("the IT8951 display engine (LUTAFSR) stayed busy", settings.displayTimeout());
            }
        }
    }

    private int readRegister(int address) {
        transport.writeCommand(REG_RD);
        transport.writeWords(address);
        return transport.readWord();
    }

    private void writeRegister(int address, int value) {
        command(REG_WR, address, value);
    }

    // The vendor's reference code sends each argument as its own write-data transfer, and some
    // firmware misreads several arguments after one preamble; so do we.
    private void command(int code, int... args) {
        transport.writeCommand(code);
        for (int arg : args) {
            transport.writeWords(arg);
        }
    }
}
