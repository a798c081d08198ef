package com.storefront.signage.core.render;

import com.storefront.signage.core.protocol.DisplayClass;
import java.awt.image.BufferedImage;
import java.awt.image.DataBuffer;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * Decoded images kept between renders, by sha256 and {@link ImageTarget}, so a slide rendered again
 * (every loop of a playlist) or showing one product twice decodes it once. Holds at most
 * {@code budgetBytes} of pixels, least recently used dropped first. Media is named by its hash, so
 * a kept image can never go stale; an image the source does not have is not remembered, so it
 * shows once it arrives. Thread-safe; decoding happens outside the lock.
 */
public final class DecodedImageCache implements MediaSource {
    private static final long MB = 1024L * 1024L;

    private record Key(String sha256, ImageTarget target) {
    }

    private final MediaSource source;
    private final long budgetBytes;
    private final LinkedHashMap<Key, BufferedImage> kept = new LinkedHashMap<>(16, 0.75f, true);
    private long keptBytes;

    public DecodedImageCache(MediaSource source, long budgetBytes) {
        if (budgetBytes < 0) {
            throw new IllegalArgumentException("budget must not be negative, was " + budgetBytes);
        }
        this.source = source;
        this.budgetBytes = budgetBytes;
    }

    /**
     * What a player of this class can spare. HD players run in 128 MB with room beside two frames
     * and a full 4K photo. E-ink players must fit 48 MB with their panel pipeline and change slides
     * seldom enough that decoding again costs little: small panels keep a few small images, the
     * 16-grey panel none, since its two 10.5 MB frames already leave little contiguous heap and G1
     * does not move large arrays to make room (measured with bench/render.sh: 2 MB of kept images
     * raised its peak from 41 to 43 MB, and one run of 36 items ran out of heap allocating a frame).
     */
    public static long budgetFor(DisplayClass displayClass) {
        return switch (displayClass) {
            case HD_LANDSCAPE, HD_PORTRAIT -> 32 * MB;
            case EINK_BW -> MB;
            case EINK_BWR_LABEL -> MB / 2;
            case EINK_GRAY16 -> 0;
        };
    }

    @Override
    public Optional<BufferedImage> image(String sha256) {
        return lookup(new Key(sha256, null), () -> source.image(sha256));
    }

    @Override
    public Optional<BufferedImage> image(String sha256, ImageTarget target) {
        return lookup(new Key(sha256, target), () -> source.image(sha256, target));
    }

    /** Bytes of pixels held now. */
    public synchronized long keptBytes() {
        return keptBytes;
    }

    private Optional<BufferedImage> lookup(Key key, Supplier<Optional<BufferedImage>> decode) {
        synchronized (this) {
            BufferedImage hit = kept.get(key);
            if (hit != null) {
                return Optional.of(hit);
            }
        }
        Optional<BufferedImage> decoded = decode.get();
        decoded.ifPresent(image -> keep(key, image));
        return decoded;
    }

    private synchronized void keep(Key key, BufferedImage image) {
        long bytes = bytes(image);
        if (bytes > budgetBytes) {
            return;
        }
        BufferedImage replaced = kept.put(key, image);
        keptBytes += bytes - (replaced == null ? 0 : bytes(replaced));
        Iterator<Map.Entry<Key, BufferedImage>> eldest = kept.entrySet().iterator();
        while (keptBytes > budgetBytes) {
            keptBytes -= bytes(eldest.next().getValue());
            eldest.remove();
        }
    }

    static long bytes(BufferedImage image) {
        DataBuffer pixels = image.getRaster().getDataBuffer();
        return (long) pixels.getSize() * pixels.getNumBanks() * DataBuffer.getDataTypeSize(pixels.getDataType()) / 8;
    }
}
