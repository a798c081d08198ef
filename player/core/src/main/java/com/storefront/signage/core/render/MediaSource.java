package com.storefront.signage.core.render;

import java.awt.image.BufferedImage;
import java.util.Optional;

/**
 * Where the renderer gets images, by sha256. The player reads its verified cache, the server its
 * media store; the renderer itself never touches files or the network.
 */
@FunctionalInterface
public interface MediaSource {
    Optional<BufferedImage> image(String sha256);

    MediaSource NONE = sha -> Optional.empty();
}
