package com.storefront.signage.node.video;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.IntBuffer;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Two images: libvlc's thread fills the back one, then swaps it to the front under a short lock, so
 * a reader drawing the front image never sees a half-written frame and never blocks the decoder for
 * longer than one swap. The front image survives a stop, so the last frame stays drawable until the
 * next media starts.
 */
final class VideoFrames {
    private final ReentrantLock swap = new ReentrantLock();
    private BufferedImage front;
    private BufferedImage back;
    private int pitchPixels;
    // the second buffer before the first frame, so no blank image is ever shown as a frame
    private BufferedImage spare;
    // the last frame before a size change, drawn until the first frame of the new size
    private BufferedImage stale;

    /**
     * A new size from the format callback: both buffers are replaced before the next frame. libvlc's
     * buffer may be larger than the picture (codecs pad to whole macroblocks: 240 lines arrive in a
     * 258-line buffer), so rows are {@code bufferWidth} pixels apart and only the visible part is kept.
     */
    void resize(int bufferWidth, int width, int height) {
        BufferedImage a = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        BufferedImage b = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        swap.lock();
        try {
            stale = front != null ? front : stale;
            front = null;
            back = b;
            spare = a;
            pitchPixels = bufferWidth;
        } finally {
            swap.unlock();
        }
    }

    /** On libvlc's thread: the buffer is only valid during the display callback, so it is copied here. */
    void write(ByteBuffer rv32) {
        BufferedImage target = back;
        if (target == null) {
            return;
        }
        int[] pixels = ((DataBufferInt) target.getRaster().getDataBuffer()).getData();
        int width = target.getWidth();
        int rows = Math.min(target.getHeight(), rv32.capacity() / 4 / pitchPixels);
        // RV32 is B,G,R,X in memory: read as little-endian ints it is 0xXXRRGGBB, what TYPE_INT_RGB holds
        IntBuffer source = rv32.duplicate().order(ByteOrder.LITTLE_ENDIAN).asIntBuffer();
        for (int y = 0; y < rows; y++) {
            source.position(y * pitchPixels);
            source.get(pixels, y * width, width);
        }
        swap.lock();
        try {
            back = front != null ? front : spare;
            front = target;
            stale = null;
        } finally {
            swap.unlock();
        }
    }

    /** A new media is starting: nothing of the previous one may pass for its frame. */
    void clear() {
        swap.lock();
        try {
            if (front != null) {
                spare = front;
                front = null;
            }
            stale = null;
        } finally {
            swap.unlock();
        }
    }

    /** Whether a frame of the current media has been written. */
    boolean hasFrame() {
        swap.lock();
        try {
            return front != null;
        } finally {
            swap.unlock();
        }
    }

    /** Draws the latest complete frame scaled into the given box; false when no frame has arrived yet. */
    boolean drawTo(Graphics2D g, int x, int y, int width, int height) {
        swap.lock();
        try {
            BufferedImage shown = front != null ? front : stale;
            if (shown == null) {
                return false;
            }
            g.drawImage(shown, x, y, width, height, null);
            return true;
        } finally {
            swap.unlock();
        }
    }

    /** A copy of the latest complete frame, or null before the first one. */
    BufferedImage snapshot() {
        swap.lock();
        try {
            BufferedImage shown = front != null ? front : stale;
            if (shown == null) {
                return null;
            }
            BufferedImage copy = new BufferedImage(shown.getWidth(), shown.getHeight(), BufferedImage.TYPE_INT_RGB);
            copy.getRaster().setRect(shown.getRaster());
            return copy;
        } finally {
            swap.unlock();
        }
    }
}
