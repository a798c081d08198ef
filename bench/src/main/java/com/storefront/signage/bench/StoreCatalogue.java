package com.storefront.signage.bench;

import java.util.Random;

/**
 * The store's shelf as a retail day changes it, minute by minute from a seed: during opening hours
 * (07:00-22:00) one price changes every 7-12 minutes, a stock marker flips every 35-90 minutes and
 * the promotion rotates on the hour. Outside opening hours nothing changes.
 */
final class StoreCatalogue {
    static final String[] NAMES = {"Olive oil 1 l", "Orange juice", "Coffee beans", "Rye bread", "Goat cheese",
        "Apples 1 kg", "Yoghurt 2%", "Honey 400 g", "Green tea", "Tomatoes", "Sea salt", "Dark chocolate"};
    static final String[] STOCK = {"IN STOCK", "LOW", "SOLD OUT"};
    static final int OPEN_MINUTE = 7 * 60;
    static final int CLOSE_MINUTE = 22 * 60;

    final int[] priceCents = new int[NAMES.length];
    final int[] stock = new int[NAMES.length];
    int promotion;
    private final Random random;
    private int nextPrice;
    private int nextStock;

    StoreCatalogue(long seed) {
        random = new Random(seed);
        for (int i = 0; i < NAMES.length; i++) {
            priceCents[i] = 149 + random.nextInt(1800);
        }
        nextPrice = OPEN_MINUTE + 7 + random.nextInt(6);
        nextStock = OPEN_MINUTE + 35 + random.nextInt(56);
    }

    /** Applies the events of {@code minute} (0-1439, local time); true when anything changed. */
    boolean advance(int minute) {
        if (minute < OPEN_MINUTE || minute >= CLOSE_MINUTE) {
            return false;
        }
        boolean changed = false;
        if (minute % 60 == 0) {
            promotion++;
            changed = true;
        }
        if (minute == nextPrice) {
            int p = random.nextInt(NAMES.length);
            int delta = (random.nextBoolean() ? 1 : -1) * (10 + random.nextInt(60));
            priceCents[p] = Math.max(99, priceCents[p] + delta);
            nextPrice = minute + 7 + random.nextInt(6);
            changed = true;
        }
        if (minute == nextStock) {
            int p = random.nextInt(NAMES.length);
            stock[p] = (stock[p] + 1 + random.nextInt(2)) % STOCK.length;
            nextStock = minute + 35 + random.nextInt(56);
            changed = true;
        }
        return changed;
    }

    static String price(int cents) {
        return String.format("%d.%02d", cents / 100, cents % 100);
    }
}
