package com.storefront.signage.node.play;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.cache.AtomicFiles;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/**
 * Headless output: {@code current.png} and {@code current.json} always hold the frame on screen,
 * and {@code items/} the latest frame of each item, so a person can look at everything the loop plays.
 */
public final class PngDirectoryOutput implements FrameOutput {
    private final Path dir;

    public PngDirectoryOutput(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Files.createDirectories(dir.resolve("items"));
    }

    @Override
    public void show(BufferedImage frame, FrameInfo info) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(frame, "png", png);
        byte[] bytes = png.toByteArray();
        if (FrameInfo.ITEM.equals(info.kind())) {
            AtomicFiles.write(dir.resolve("items").resolve(fileName(info.itemId()) + ".png"), bytes);
        }
        AtomicFiles.write(dir.resolve("current.png"), bytes);
        AtomicFiles.write(dir.resolve("current.json"), ProtocolJson.write(info));
    }

    /** Item ids contain slashes; a file name may not. */
    static String fileName(String itemId) {
        return itemId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
