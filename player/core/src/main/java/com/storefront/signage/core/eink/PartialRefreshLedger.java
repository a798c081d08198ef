package com.storefront.signage.core.eink;

import java.util.Arrays;

/**
 * Counts partial (ghosting) updates per square tile of the panel since each tile was last cleanly
 * refreshed. Ghosting builds up with every partial update, so after {@code partialLimit} of them a
 * tile must be refreshed cleanly before it takes another; {@link #wouldExceed} tells when.
 *
 * <p>Mutable, single-threaded, deterministic: the same sequence of updates gives the same counts.
 */
public final class PartialRefreshLedger {
    private final PanelProfile profile;
    private final int tile;
    private final int tilesX;
    private final int tilesY;
    private final int[] counts;
    private int maxCount;

    public PartialRefreshLedger(PanelProfile profile) {
        this.profile = profile;
        this.tile = profile.tileSize();
        this.tilesX = (profile.width() + tile - 1) / tile;
        this.tilesY = (profile.height() + tile - 1) / tile;
        this.counts = new int[tilesX * tilesY];
    }

    /** Whether one more partial update of {@code area} would take some tile past the limit. */
    public boolean wouldExceed(Rect area) {
        Rect a = area.align(1, profile.bounds());
        if (a.empty()) {
            return false;
        }
        for (int ty = a.y() / tile; ty * tile < a.bottom(); ty++) {
            for (int tx = a.x() / tile; tx * tile < a.right(); tx++) {
                if (counts[ty * tilesX + tx] + 1 > profile.partialLimit()) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The tiles {@code area} touches, as one rectangle clipped to the panel: what a clean refresh must cover. */
    public Rect tileCover(Rect area) {
        return area.align(1, profile.bounds()).align(tile, profile.bounds());
    }

    /** Counts a partial update on every tile it touches. */
    public void recordPartial(Rect area) {
        if (wouldExceed(area)) {
            throw new IllegalStateException("a partial update of " + area + " would pass the limit of "
                    + profile.partialLimit() + "; refresh its tiles cleanly first");
        }
        Rect a = area.align(1, profile.bounds());
        if (a.empty()) {
            return;
        }
        for (int ty = a.y() / tile; ty * tile < a.bottom(); ty++) {
            for (int tx = a.x() / tile; tx * tile < a.right(); tx++) {
                int c = ++counts[ty * tilesX + tx];
                maxCount = Math.max(maxCount, c);
            }
        }
    }

    /**
     * Resets the tiles a clean refresh of {@code area} covers completely; a tile it only touches
     * keeps ghosting outside the area and keeps its count.
     */
    public void recordClean(Rect area) {
        Rect a = area.align(1, profile.bounds());
        for (int ty = 0; ty < tilesY; ty++) {
            for (int tx = 0; tx < tilesX; tx++) {
                Rect t = new Rect(tx * tile, ty * tile, tile, tile).align(1, profile.bounds());
                if (a.x() <= t.x() && a.y() <= t.y() && t.right() <= a.right() && t.bottom() <= a.bottom()) {
                    counts[ty * tilesX + tx] = 0;
                }
            }
        }
    }

    /** A clean refresh of the whole panel. */
    public void resetAll() {
        Arrays.fill(counts, 0);
    }

    /** Partial updates the tile holding this pixel has taken since its last clean refresh. */
    public int count(int x, int y) {
        return counts[(y / tile) * tilesX + x / tile];
    }

    /** The most partial updates any tile has taken before a clean refresh, over this ledger's life; never above the limit. */
    public int maxCount() {
        return maxCount;
    }

    public int limit() {
        return profile.partialLimit();
    }
}
