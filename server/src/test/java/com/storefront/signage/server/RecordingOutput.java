package com.storefront.signage.server;

import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** A player's screen for tests: remembers what each frame showed, so plays can be counted from what was on screen. */
final class RecordingOutput implements FrameOutput {
    private final List<FrameInfo> shown = new ArrayList<>();

    @Override
    public synchronized void show(BufferedImage frame, FrameInfo info) {
        shown.add(info);
    }

    /** Item frames shown so far: each is one play, as every slot of the test loops shows another item. */
    synchronized int items() {
        return (int) shown.stream().filter(f -> FrameInfo.ITEM.equals(f.kind())).count();
    }

    synchronized Map<String, Long> itemsPerItem() {
        Map<String, Long> out = new TreeMap<>();
        shown.stream().filter(f -> FrameInfo.ITEM.equals(f.kind())).forEach(f -> out.merge(f.itemId(), 1L, Long::sum));
        return out;
    }

    synchronized boolean idle() {
        return !shown.isEmpty() && FrameInfo.IDLE.equals(shown.get(shown.size() - 1).kind());
    }
}
