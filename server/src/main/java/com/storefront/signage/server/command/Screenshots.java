package com.storefront.signage.server.command;

import com.storefront.signage.server.http.ApiException;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;

/** Checks an uploaded screenshot: a PNG that decodes, no wider or taller than players send. */
final class Screenshots {
    static final int MAX_SIDE = 1920;

    private Screenshots() {
    }

    record Size(int width, int height) {
    }

    /** Decodes fully (a truncated PNG fails here, not in a browser later); runs off the event loop. */
    static Size check(byte[] png) {
        BufferedImage image;
        try {
            image = png.length == 0 ? null : ImageIO.read(new ByteArrayInputStream(png));
        } catch (IOException e) {
            image = null;
        }
        if (image == null) {
            throw ApiException.invalid("body", "not a readable PNG image");
        }
        if (image.getWidth() > MAX_SIDE || image.getHeight() > MAX_SIDE) {
            throw ApiException.invalid("body", "a screenshot is at most " + MAX_SIDE + " pixels either way");
        }
        return new Size(image.getWidth(), image.getHeight());
    }
}
