package com.storefront.signage.node.screen;

import java.awt.Color;
import java.awt.Rectangle;
import java.time.ZoneId;

/**
 * Where things go on the screen: the main zone shows the slide (or video); an optional ticker strip
 * runs along the bottom; the clock sits at the right end of the strip, or in the top-right corner of
 * the main zone when there is no strip.
 *
 * @param width        window width in pixels
 * @param height       window height in pixels
 * @param tickerHeight height of the ticker strip, 0 for none
 * @param tickerText   the scrolling text; blank for none
 * @param clock        whether to show the clock
 * @param zone         the store's time zone, for the clock
 * @param background   behind letterboxed frames and in the strip
 */
public record ScreenLayout(int width, int height, int tickerHeight, String tickerText, boolean clock, ZoneId zone,
                           Color background) {
    public ScreenLayout {
        if (width <= 0 || height <= 0) {
            throw new IllegalArgumentException("screen size must be positive, not " + width + "x" + height);
        }
        if (tickerHeight < 0 || tickerHeight >= height / 2) {
            throw new IllegalArgumentException("ticker height must be between 0 and half the screen, not " + tickerHeight);
        }
        tickerText = tickerText == null ? "" : tickerText;
    }

    /** Only the main zone, no ticker, no clock. */
    public static ScreenLayout plain(int width, int height, ZoneId zone) {
        return new ScreenLayout(width, height, 0, "", false, zone, Color.BLACK);
    }

    public Rectangle main() {
        return new Rectangle(0, 0, width, height - tickerHeight);
    }

    public Rectangle ticker() {
        return new Rectangle(0, height - tickerHeight, width - (clock && tickerHeight > 0 ? clockWidth() : 0), tickerHeight);
    }

    /** Empty when the clock is off. */
    public Rectangle clockZone() {
        if (!clock) {
            return new Rectangle();
        }
        if (tickerHeight > 0) {
            return new Rectangle(width - clockWidth(), height - tickerHeight, clockWidth(), tickerHeight);
        }
        int h = Math.max(24, height / 12);
        return new Rectangle(width - h * 3, 0, h * 3, h);
    }

    private int clockWidth() {
        return Math.max(tickerHeight * 3, 60);
    }
}
