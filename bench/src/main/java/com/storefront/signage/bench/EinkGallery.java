package com.storefront.signage.bench;

import java.awt.image.BufferedImage;
import java.nio.file.Path;

/** The dithering gallery under docs/eink/. */
final class EinkGallery {
    private EinkGallery() {
    }

    static void write(Path dir, BufferedImage photo, long seed) {
        System.out.println("gallery: not yet");
    }
}
