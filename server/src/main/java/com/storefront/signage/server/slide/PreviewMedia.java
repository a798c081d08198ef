package com.storefront.signage.server.slide;

import com.storefront.signage.core.render.ImageDecoder;
import com.storefront.signage.core.render.ImageTarget;
import com.storefront.signage.core.render.MediaSource;
import io.vertx.core.buffer.Buffer;
import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * The uploaded images one preview needs, decoded only when painted and for the box they are painted
 * into, through the same {@link ImageDecoder} call as the player's media cache: the preview's pixels
 * are the player's. Like the player, it leaves the image area empty when stored bytes do not decode.
 */
final class PreviewMedia implements MediaSource {
    private static final Logger LOG = Logger.getLogger(PreviewMedia.class.getName());
    private final Map<String, byte[]> encoded = new HashMap<>();

    PreviewMedia(Map<String, Buffer> contents) {
        contents.forEach((sha, bytes) -> encoded.put(sha, bytes.getBytes()));
    }

    @Override
    public Optional<BufferedImage> image(String sha256) {
        return image(sha256, null);
    }

    @Override
    public Optional<BufferedImage> image(String sha256, ImageTarget target) {
        byte[] bytes = encoded.get(sha256);
        if (bytes == null) {
            return Optional.empty();
        }
        try {
            return Optional.of(ImageDecoder.decode(bytes, ImageDecoder.DEFAULT_MAX_PIXELS, target));
        } catch (ImageDecoder.InvalidImageException e) {
            LOG.warning("stored media " + sha256 + " does not decode: " + e.getMessage());
            return Optional.empty();
        }
    }
}
