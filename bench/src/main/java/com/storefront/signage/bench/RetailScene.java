package com.storefront.signage.bench;

import com.storefront.signage.core.eink.DitherMethod;
import com.storefront.signage.core.eink.DitherRegion;
import com.storefront.signage.core.eink.PaletteColour;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.Rect;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

/**
 * Draws the store's signage at a panel's native resolution with Java2D, text without
 * anti-aliasing, every field in a fixed box so a change touches only its box. The 296x128 label
 * is a shelf label (name, price, stock marker) of the first product; larger panels show a grid of
 * products and an hourly promotion with a photo, which is the only dithered region.
 */
final class RetailScene {
    private final PanelProfile profile;
    private final BufferedImage frame;
    private final boolean label;
    private final int cols;
    private final int rows;
    private final Rect photo;
    private final List<DitherRegion> regions;
    private final Color black;
    private final Color white;
    private final Color accent;
    private final Color warn;
    private BufferedImage photoImage;
    private int photoSeed = -1;

    RetailScene(PanelProfile profile) {
        this.profile = profile;
        int w = profile.width();
        int h = profile.height();
        frame = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        label = h <= 200;
        cols = w >= 1000 ? 3 : 2;
        rows = 4;
        int gridW = w - w / 3;
        int pad = Math.max(4, w / 100);
        photo = label ? null : new Rect(gridW + pad, h * 12 / 100, w - gridW - 2 * pad, h * 62 / 100);
        regions = label ? List.of() : List.of(new DitherRegion(photo, DitherMethod.FLOYD_STEINBERG));
        black = ink("black", 0);
        white = ink("white", profile.palette().size() - 1);
        accent = ink("red", 0);
        warn = profile.palette().stream().anyMatch(c -> c.name().equals("yellow")) ? ink("yellow", 0)
                : profile.palette().size() > 8 ? ink("grey-8", 0) : accent;
    }

    private Color ink(String name, int fallback) {
        List<PaletteColour> palette = profile.palette();
        PaletteColour c = palette.stream().filter(p -> p.name().equals(name)).findFirst().orElse(palette.get(fallback));
        return new Color(c.argb() & 0xFFFFFF);
    }

    List<DitherRegion> regions() {
        return regions;
    }

    BufferedImage frame() {
        return frame;
    }

    /** The products this panel shows. */
    int shown() {
        return label ? 1 : cols * rows;
    }

    /** What the panel shows, as text: equal keys mean an identical frame. */
    String key(StoreCatalogue store) {
        StringBuilder key = new StringBuilder();
        for (int i = 0; i < shown(); i++) {
            key.append(store.priceCents[i]).append('/').append(store.stock[i]).append(';');
        }
        if (!label) {
            key.append("promo").append(store.promotion);
        }
        return key.toString();
    }

    BufferedImage render(StoreCatalogue store) {
        Graphics2D g = frame.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setColor(white);
            g.fillRect(0, 0, frame.getWidth(), frame.getHeight());
            if (label) {
                drawProduct(g, store, 0, new Rect(0, 0, frame.getWidth(), frame.getHeight()));
            } else {
                int gridW = frame.getWidth() - frame.getWidth() / 3;
                int cw = gridW / cols;
                int ch = frame.getHeight() / rows;
                g.setColor(black);
                for (int c = 1; c <= cols; c++) {
                    g.fillRect(c * cw - 1, 0, 2, frame.getHeight());
                }
                for (int r = 1; r < rows; r++) {
                    g.fillRect(0, r * ch - 1, gridW, 2);
                }
                for (int i = 0; i < shown(); i++) {
                    drawProduct(g, store, i, new Rect((i % cols) * cw, (i / cols) * ch, cw - 2, ch - 2));
                }
                drawPromotion(g, store, gridW);
            }
        } finally {
            g.dispose();
        }
        return frame;
    }

    private void drawProduct(Graphics2D g, StoreCatalogue store, int i, Rect cell) {
        int pad = Math.max(4, cell.height() / 16);
        int h = cell.height() - 2 * pad;
        Rect name = new Rect(cell.x() + pad, cell.y() + pad, cell.width() - 2 * pad, h * 26 / 100);
        Rect price = new Rect(cell.x() + pad, name.bottom(), cell.width() - 2 * pad, h * 50 / 100);
        Rect stock = new Rect(cell.x() + pad, price.bottom(), cell.width() - 2 * pad, h * 24 / 100);
        text(g, StoreCatalogue.NAMES[i], Fonts.bold(name.height() * 0.8f), black, name);
        text(g, StoreCatalogue.price(store.priceCents[i]) + " lv", Fonts.bold(price.height() * 0.85f), accent, price);
        int s = store.stock[i];
        int box = stock.height() * 7 / 10;
        g.setColor(s == 0 ? black : s == 1 ? warn : accent);
        int top = stock.y() + (stock.height() - box) / 2;
        g.fillRect(stock.x(), top, box, box);
        if (s == 2 && accent.equals(black)) {
            // no accent ink (greyscale, black/white): sold out is a hollow box
            int line = Math.max(2, box / 6);
            g.setColor(white);
            g.fillRect(stock.x() + line, top + line, box - 2 * line, box - 2 * line);
        }
        text(g, StoreCatalogue.STOCK[s], Fonts.regular(stock.height() * 0.7f), black,
                new Rect(stock.x() + box + pad, stock.y(), stock.width() - box - pad, stock.height()));
    }

    private void drawPromotion(Graphics2D g, StoreCatalogue store, int x0) {
        int w = frame.getWidth() - x0;
        int h = frame.getHeight();
        int pad = photo.x() - x0;
        text(g, "OFFER OF THE HOUR", Fonts.bold(h * 0.06f), black, new Rect(x0 + pad, pad, w - 2 * pad, photo.y() - 2 * pad));
        if (photoSeed != store.promotion) {
            photoImage = SyntheticPhoto.draw(photo.width(), photo.height(), 1000 + store.promotion);
            photoSeed = store.promotion;
        }
        g.drawImage(photoImage, photo.x(), photo.y(), null);
        int p = store.promotion % StoreCatalogue.NAMES.length;
        int off = 10 + (store.promotion * 7) % 25;
        int cents = store.priceCents[p] * (100 - off) / 100;
        int top = photo.bottom() + pad;
        int line = (h - top - pad) / 2;
        text(g, StoreCatalogue.NAMES[p], Fonts.bold(line * 0.75f), black, new Rect(x0 + pad, top, w - 2 * pad, line));
        text(g, "-" + off + "%  " + StoreCatalogue.price(cents) + " lv", Fonts.bold(line * 0.8f), accent,
                new Rect(x0 + pad, top + line, w - 2 * pad, line));
    }

    /** Draws {@code s} vertically centred in {@code box}, shrunk to fit its width, clipped to it. */
    static void text(Graphics2D g, String s, Font font, Color colour, Rect box) {
        java.awt.Shape clip = g.getClip();
        g.clipRect(box.x(), box.y(), box.width(), box.height());
        g.setFont(font);
        g.setColor(colour);
        FontMetrics m = g.getFontMetrics();
        int width = m.stringWidth(s);
        if (width > box.width()) {
            g.setFont(font.deriveFont(Math.max(6f, font.getSize2D() * box.width() / width)));
            m = g.getFontMetrics();
        }
        int baseline = box.y() + (box.height() + m.getAscent() - m.getDescent()) / 2;
        g.drawString(s, box.x(), baseline);
        g.setClip(clip);
    }
}
