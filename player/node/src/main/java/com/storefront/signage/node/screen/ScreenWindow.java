package com.storefront.signage.node.screen;

import java.awt.Canvas;
import java.awt.Color;
import java.awt.DisplayMode;
import java.awt.EventQueue;
import java.awt.Graphics2D;
import java.awt.GraphicsDevice;
import java.awt.Rectangle;
import java.awt.image.BufferStrategy;
import java.lang.reflect.InvocationTargetException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import javax.swing.JFrame;

/**
 * The undecorated window and its canvas's buffer strategy. Created on the AWT event thread; after
 * that only the render thread calls {@link #paint}.
 */
final class ScreenWindow {
    private final JFrame frame;
    private final Canvas canvas;
    private final BufferStrategy strategy;

    private ScreenWindow(JFrame frame, Canvas canvas, BufferStrategy strategy) {
        this.frame = frame;
        this.canvas = canvas;
        this.strategy = strategy;
    }

    static ScreenWindow open(ScreenLayout layout, int buffers) {
        AtomicReference<ScreenWindow> made = new AtomicReference<>();
        try {
            EventQueue.invokeAndWait(() -> made.set(create(layout, buffers)));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while opening the screen window", e);
        } catch (InvocationTargetException e) {
            throw new IllegalStateException("cannot open the screen window: " + e.getCause(), e.getCause());
        }
        return made.get();
    }

    private static ScreenWindow create(ScreenLayout layout, int buffers) {
        JFrame frame = new JFrame("Storefront Signage");
        frame.setUndecorated(true);
        frame.setBackground(Color.BLACK);
        Canvas canvas = new Canvas();
        // the render thread paints everything; AWT's own repaints would only flicker
        canvas.setIgnoreRepaint(true);
        frame.setIgnoreRepaint(true);
        canvas.setBackground(layout.background());
        frame.add(canvas);
        frame.setBounds(0, 0, layout.width(), layout.height());
        GraphicsDevice device = frame.getGraphicsConfiguration().getDevice();
        DisplayMode mode = device.getDisplayMode();
        if (mode.getWidth() == layout.width() && mode.getHeight() == layout.height() && device.isFullScreenSupported()) {
            device.setFullScreenWindow(frame);
        } else {
            frame.setVisible(true);
        }
        frame.toFront();
        canvas.createBufferStrategy(buffers);
        return new ScreenWindow(frame, canvas, canvas.getBufferStrategy());
    }

    /** Paints one picture into the back buffer and shows it, redoing it if the buffer was lost meanwhile. */
    void paint(Consumer<Graphics2D> painter) {
        do {
            do {
                Graphics2D g = (Graphics2D) strategy.getDrawGraphics();
                try {
                    painter.accept(g);
                } finally {
                    g.dispose();
                }
            } while (strategy.contentsRestored());
            strategy.show();
        } while (strategy.contentsLost());
        canvas.getToolkit().sync();
    }

    /** The display's refresh rate, 60 Hz when it does not say (virtual displays such as Xvfb). */
    int refreshRate() {
        int rate = frame.getGraphicsConfiguration().getDevice().getDisplayMode().getRefreshRate();
        return rate == DisplayMode.REFRESH_RATE_UNKNOWN || rate <= 0 ? 60 : rate;
    }

    Rectangle bounds() {
        return new Rectangle(canvas.getLocationOnScreen(), canvas.getSize());
    }

    BufferStrategy strategy() {
        return strategy;
    }

    Canvas canvas() {
        return canvas;
    }

    void close() {
        EventQueue.invokeLater(() -> {
            GraphicsDevice device = frame.getGraphicsConfiguration().getDevice();
            if (device.getFullScreenWindow() == frame) {
                device.setFullScreenWindow(null);
            }
            frame.dispose();
        });
    }
}
