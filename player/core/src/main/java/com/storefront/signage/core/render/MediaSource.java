package com.storefront.signage.core.render;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where the renderer gets images, by sha256. The player reads its verified cache, the server its
 * media store; the renderer itself never touches files or the network.
 */
@FunctionalInterface
public interface MediaSource {
    /** The image at its full size. */
    Optional<BufferedImage> image(String sha256);

    /**
     * The image for drawing into {@code target}: at least twice the size it will be drawn at
     * (subsampled with {@link ImageDecoder}), or larger; the painter scales it into the box. Sources
     * that decode (the player's cache, the server's preview) override this so a 4K photo in a small
     * box is never held at full size; they must decode through {@link ImageDecoder} so that player
     * and preview draw the same pixels. The default serves the full image.
     */
    default Optional<BufferedImage> image(String sha256, ImageTarget target) {
        return image(sha256);
    }

    MediaSource NONE = sha -> Optional.empty();
}
