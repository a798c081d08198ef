package com.storefront.signage.node.play;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * A video item ready for an output: its file, already hash-checked in the media cache, the clip's
 * length and the slot the schedule gives it.
 *
 * <p>A clip shorter than its slot loops (libvlc repeats the input itself, without a gap between
 * passes) as many times as the slot needs, so the screen never freezes or blanks mid-slot; a clip
 * longer than its slot is cut when the slot ends, because the schedule, not the file, decides what
 * plays when. When the last pass ends a moment before the slot (a late start), its last frame stays.
 *
 * @param sha256 the file's name in the cache
 * @param file   the verified file
 * @param length how long one pass of the clip runs, as the server's upload check read it
 * @param slot   how long the item is on screen
 */
public record VideoClip(String sha256, Path file, Duration length, Duration slot) {
    /** libvlc's input-repeat counter is a 16-bit value. */
    static final int MAX_PASSES = 65_535;

    public VideoClip {
        Objects.requireNonNull(sha256, "sha256");
        Objects.requireNonNull(file, "file");
        if (length.isNegative() || length.isZero()) {
            throw new IllegalArgumentException("video length must be positive, was " + length);
        }
        if (slot.isNegative() || slot.isZero()) {
            throw new IllegalArgumentException("video slot must be positive, was " + slot);
        }
    }

    /** How many times the clip plays to fill its slot: at least once, the last pass cut at the slot's end. */
    public int passes() {
        long passes = (slot.toMillis() + length.toMillis() - 1) / length.toMillis();
        return (int) Math.max(1, Math.min(MAX_PASSES, passes));
    }
}
