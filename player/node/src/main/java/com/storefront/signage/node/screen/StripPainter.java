package com.storefront.signage.node.screen;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.Rectangle;
import java.awt.RenderingHints;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Paints the ticker (scrolling at a fixed speed, so it looks the same at any refresh rate) and the clock. */
final class StripPainter {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");
    private static final double TICKER_PIXELS_PER_SECOND = 120;

    private final ScreenLayout layout;

    StripPainter(ScreenLayout layout) {
        this.layout = layout;
    }

    void paintTicker(Graphics2D g, long nanos) {
        Rectangle zone = layout.ticker();
        if (zone.height == 0) {
            return;
        }
        g.setColor(layout.background());
        g.fill(zone);
        if (layout.tickerText().isBlank()) {
            return;
        }
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, Math.max(10, zone.height * 2 / 3)));
        FontMetrics fm = g.getFontMetrics();
        int textWidth = fm.stringWidth(layout.tickerText());
        // enters at the right edge, leaves at the left, then starts over
        long travelled = (long) (nanos / 1e9 * TICKER_PIXELS_PER_SECOND) % (zone.width + textWidth);
        int x = zone.x + zone.width - (int) travelled;
        Graphics2D clip = (Graphics2D) g.create();
        clip.clip(zone);
        clip.setColor(Color.WHITE);
        clip.drawString(layout.tickerText(), x, zone.y + (zone.height + fm.getAscent() - fm.getDescent()) / 2);
        clip.dispose();
    }

    void paintClock(Graphics2D g, Instant now, ZoneId zone) {
        Rectangle box = layout.clockZone();
        if (box.isEmpty()) {
            return;
        }
        g.setColor(layout.background());
        g.fill(box);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setFont(new Font(Font.SANS_SERIF, Font.BOLD, Math.max(10, box.height * 2 / 3)));
        FontMetrics fm = g.getFontMetrics();
        String text = HH_MM.format(now.atZone(zone));
        g.setColor(Color.WHITE);
        g.drawString(text, box.x + (box.width - fm.stringWidth(text)) / 2, box.y + (box.height + fm.getAscent() - fm.getDescent()) / 2);
    }
}
