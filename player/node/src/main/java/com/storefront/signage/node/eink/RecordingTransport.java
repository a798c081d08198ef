package com.storefront.signage.node.eink;

import java.io.ByteArrayOutputStream;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A transport without hardware: records every wait, command, data word and read in order, and
 * plays a scripted IT8951: register reads ({@code REG_RD} then the address) answer from a script
 * per register whose last value repeats (unscripted registers read 0), {@code GET_DEV_INFO}
 * answers scripted words, and the ready line can be held low for a number of polls or forever.
 */
public final class RecordingTransport implements PanelTransport {
    private final List<RecordedTransfer> transfers = new ArrayList<>();
    private final Map<Integer, Deque<Integer>> registers = new HashMap<>();
    private final ReadyLine ready;
    private int[] deviceInfo = new int[0];
    private int lowPolls;
    private boolean neverReady;
    private int lastCommand = -1;
    private int lastAddress = -1;

    public RecordingTransport() {
        this(Duration.ofMillis(200));
    }

    /** @param readyTimeout how long a scripted busy line is waited on before timing out */
    public RecordingTransport(Duration readyTimeout) {
        this.ready = new ReadyLine(this::pollReady, readyTimeout);
    }

    /** Register {@code address} reads these values in turn, then the last one forever. */
    public RecordingTransport scriptRegister(int address, int... values) {
        Deque<Integer> queue = new ArrayDeque<>();
        for (int v : values) {
            queue.add(It8951Wire.checkWord(v));
        }
        registers.put(address, queue);
        return this;
    }

    /** What {@code GET_DEV_INFO} answers. */
    public RecordingTransport scriptDeviceInfo(int... words) {
        deviceInfo = words.clone();
        return this;
    }

    /** The ready line reads low for the next {@code polls} polls. */
    public RecordingTransport busyFor(int polls) {
        lowPolls = polls;
        return this;
    }

    /** The ready line never goes high: a panel that is unpowered or hung. */
    public RecordingTransport neverReady() {
        neverReady = true;
        return this;
    }

    public List<RecordedTransfer> transfers() {
        return List.copyOf(transfers);
    }

    /** Everything the host would have clocked out, in order. */
    public byte[] mosi() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        transfers.forEach(t -> out.writeBytes(t.mosi()));
        return out.toByteArray();
    }

    public void clear() {
        transfers.clear();
    }

    @Override
    public void writeCommand(int code) {
        waitReady();
        lastCommand = It8951Wire.checkWord(code);
        lastAddress = -1;
        record(RecordedTransfer.Kind.COMMAND, code);
    }

    @Override
    public void writeWords(int... words) {
        waitReady();
        for (int w : words) {
            It8951Wire.checkWord(w);
        }
        if (lastCommand == It8951Protocol.REG_RD && lastAddress < 0 && words.length > 0) {
            lastAddress = words[0];
        }
        record(RecordedTransfer.Kind.WRITE, words);
    }

    @Override
    public int readWord() {
        return readWords(1)[0];
    }

    @Override
    public int[] readWords(int count) {
        waitReady();
        int[] words = new int[count];
        for (int i = 0; i < count; i++) {
            words[i] = answer(i);
        }
        record(RecordedTransfer.Kind.READ, words);
        return words;
    }

    @Override
    public void waitReady() {
        record(RecordedTransfer.Kind.WAIT);
        ready.await();
    }

    private int answer(int i) {
        if (lastCommand == It8951Protocol.GET_DEV_INFO) {
            return i < deviceInfo.length ? deviceInfo[i] : 0;
        }
        if (lastCommand == It8951Protocol.REG_RD && i == 0) {
            Deque<Integer> queue = registers.get(lastAddress);
            if (queue == null || queue.isEmpty()) {
                return 0;
            }
            return queue.size() > 1 ? queue.poll() : queue.peek();
        }
        return 0;
    }

    private boolean pollReady() {
        if (neverReady) {
            return false;
        }
        if (lowPolls > 0) {
            lowPolls--;
            return false;
        }
        return true;
    }

    private void record(RecordedTransfer.Kind kind, int... words) {
        transfers.add(new RecordedTransfer(kind, words));
    }
}
