package com.storefront.signage.node.play;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.cache.AtomicFiles;
import java.awt.Dimension;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import javax.imageio.ImageIO;

/**
 * Headless output: {@code current.png} and {@code current.json} always hold the frame on screen,
 * and {@code items/} the latest frame of each item, so a person can look at everything the loop plays.
 * A video item is decoded through libvlc without a window and written as frames of its own (see
 * {@link PngVideo}); {@code current.json} then says {@code video} and names the file.
 */
public final class PngDirectoryOutput implements FrameOutput, AutoCloseable {
    private final Path dir;
    // the playback thread and the video frame writer both write current.*; one at a time
    private final Object writing = new Object();
    private final PngVideo video;
    // the screen's size as the slides show it; video frames are letterboxed to it
    private volatile Dimension size;

    public PngDirectoryOutput(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
        Files.createDirectories(dir.resolve("items"));
        this.video = new PngVideo(this);
    }

    @Override
    public void show(BufferedImage frame, FrameInfo info) throws IOException {
        video.end();
        size = new Dimension(frame.getWidth(), frame.getHeight());
        byte[] png = encode(frame);
        synchronized (writing) {
            write(png, info);
        }
    }

    @Override
    public VideoOutput video() {
        return video;
    }

    /** Stops a playing video and frees libvlc, if it was loaded. */
    @Override
    public void close() {
        video.close();
    }

    /** The size of the frames the slides fill, once one was shown. */
    Dimension size() {
        return size;
    }

    /** Writes a video frame unless {@code current} says its video has ended meanwhile. */
    void writeIf(BooleanSupplier current, byte[] png, FrameInfo info) throws IOException {
        synchronized (writing) {
            if (current.getAsBoolean()) {
                write(png, info);
            }
        }
    }

    private void write(byte[] png, FrameInfo info) throws IOException {
        if (FrameInfo.ITEM.equals(info.kind()) || FrameInfo.VIDEO.equals(info.kind())) {
            AtomicFiles.write(dir.resolve("items").resolve(fileName(info.itemId()) + ".png"), png);
        }
        AtomicFiles.write(dir.resolve("current.png"), png);
        AtomicFiles.write(dir.resolve("current.json"), ProtocolJson.write(info));
    }

    static byte[] encode(BufferedImage frame) {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        try {
            ImageIO.write(frame, "png", png);
        } catch (IOException e) {
            throw new UncheckedIOException(e); // into memory: cannot happen
        }
        return png.toByteArray();
    }

    /** Item ids contain slashes; a file name may not. */
    static String fileName(String itemId) {
        return itemId.replaceAll("[^A-Za-z0-9._-]", "_");
    }
}
