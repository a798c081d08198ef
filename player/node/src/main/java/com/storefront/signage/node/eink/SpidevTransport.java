package com.storefront.signage.node.eink;

import com.diozero.api.DigitalInputDevice;
import com.diozero.api.DigitalOutputDevice;
import com.diozero.api.GpioEventTrigger;
import com.diozero.api.GpioPullUpDown;
import com.diozero.api.SpiClockMode;
import com.diozero.api.SpiDevice;
import com.diozero.api.SpiDeviceInterface;
import com.diozero.util.SleepUtil;

/**
 * The real wire: spidev for data, one GPIO in for HRDY, one GPIO out for reset (diozero).
 * Deliberately thin: framing lives in {@link It8951Wire}, meaning in {@link It8951Panel}.
 * Cannot run without the hardware; tests use {@link RecordingTransport}.
 */
public final class SpidevTransport implements PanelTransport, AutoCloseable {
    // spidev refuses transfers above its buffer size (4096 bytes by default); longer data goes
    // out as several write-data transfers, each with its own preamble, which the IT8951 accepts.
    private static final int MAX_WORDS_PER_TRANSFER = 4096 / 2 - 1;

    private final SpiDeviceInterface spi;
    private final DigitalInputDevice hrdy;
    private final DigitalOutputDevice reset;
    private final ReadyLine ready;

    private SpidevTransport(SpiDeviceInterface spi, DigitalInputDevice hrdy, DigitalOutputDevice reset,
                            SpidevConfig config) {
        this.spi = spi;
        this.hrdy = hrdy;
        this.reset = reset;
        this.ready = new ReadyLine(hrdy::getValue, config.readyTimeout());
    }

    /** Opens the devices named in {@code config} and resets the controller. */
    public static SpidevTransport open(SpidevConfig config) {
        SpiDeviceInterface spi = SpiDevice.builder(config.chipSelect()).setController(config.controller())
                .setFrequency(config.frequencyHz()).setClockMode(SpiClockMode.MODE_0).setLsbFirst(false).build();
        DigitalInputDevice hrdy = null;
        DigitalOutputDevice reset = null;
        try {
            hrdy = new DigitalInputDevice(config.readyGpio(), GpioPullUpDown.NONE, GpioEventTrigger.NONE);
            reset = new DigitalOutputDevice(config.resetGpio(), true, true);
            SpidevTransport transport = new SpidevTransport(spi, hrdy, reset, config);
            transport.pulseReset();
            return transport;
        } catch (RuntimeException e) {
            // a wrong pin number must not leave the SPI device or the other pin claimed
            spi.close();
            if (hrdy != null) {
                hrdy.close();
            }
            if (reset != null) {
                reset.close();
            }
            throw e;
        }
    }

    @Override
    public void writeCommand(int code) {
        transfer(It8951Wire.frame(It8951Wire.COMMAND, new int[] {code}, 0, 1));
    }

    @Override
    public void writeWords(int... words) {
        for (int from = 0; from < words.length; from += MAX_WORDS_PER_TRANSFER) {
            int count = Math.min(MAX_WORDS_PER_TRANSFER, words.length - from);
            transfer(It8951Wire.frame(It8951Wire.WRITE_DATA, words, from, count));
        }
    }

    @Override
    public int readWord() {
        return readWords(1)[0];
    }

    @Override
    public int[] readWords(int count) {
        ready.await();
        byte[] in = spi.writeAndRead(It8951Wire.readFrame(count));
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = It8951Wire.wordAt(in, 4 + 2 * i); // skip the preamble and the dummy word
        }
        return words;
    }

    @Override
    public void waitReady() {
        ready.await();
    }

    @Override
    public void close() {
        spi.close();
        hrdy.close();
        reset.close();
    }

    private void transfer(byte[] bytes) {
        ready.await();
        spi.write(bytes);
    }

    // Timings from the vendor's reference code: the controller needs a low pulse and time to boot.
    private void pulseReset() {
        reset.on();
        SleepUtil.sleepMillis(200);
        reset.off();
        SleepUtil.sleepMillis(10);
        reset.on();
        SleepUtil.sleepMillis(200);
        ready.await();
    }
}
