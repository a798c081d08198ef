package com.storefront.signage.node.journal;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of lines that only grows. Each line goes out in one append and is synced, so after a
 * power cut the file holds whole lines plus at most one torn last line, which opening cuts off.
 * Rewriting the whole file through a rename would be atomic too, but costs O(size) per line.
 *
 * <p>Threading: one writer at a time (callers serialise appends). Reading whole lines below
 * {@link #size()} is safe while another thread appends, since those bytes never change.
 */
public final class AppendOnlyLog {
    private static final int TAIL_CHUNK = 8192;
    private final Path file;
    private long lines;
    private long size;

    private AppendOnlyLog(Path file, long lines, long size) {
        this.file = file;
        this.lines = lines;
        this.size = size;
    }

    /** Opens or creates the log, cutting a torn last line; streams the file, so a large log costs no heap. */
    public static AppendOnlyLog open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
            return new AppendOnlyLog(file, 0, 0);
        }
        long end = wholeLinesEnd(file);
        if (end < Files.size(file)) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(true);
            }
        }
        long count = 0;
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 65536)) {
            for (int b = in.read(); b != -1; b = in.read()) {
                count += b == '\n' ? 1 : 0;
            }
        }
        return new AppendOnlyLog(file, count, end);
    }

    /** The offset just after the last newline, read backwards from the end. */
    private static long wholeLinesEnd(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long end = channel.size();
            ByteBuffer buffer = ByteBuffer.allocate(TAIL_CHUNK);
            while (end > 0) {
                long from = Math.max(0, end - TAIL_CHUNK);
                buffer.clear().limit((int) (end - from));
                channel.read(buffer, from);
                for (int i = buffer.position() - 1; i >= 0; i--) {
                    if (buffer.get(i) == '\n') {
                        return from + i + 1;
                    }
                }
                end = from;
            }
            return 0;
        }
    }

    public Path file() {
        return file;
    }

    /** Lines written so far, including those found at open. */
    public long lines() {
        return lines;
    }

    /** Bytes of whole lines: the offset the next line starts at. */
    public long size() {
        return size;
    }

    /**
     * Appends one line ({@code line} must not contain a newline) and syncs it to the device.
     * Written through a stream rather than a channel: a channel is closed by an interrupt, and a
     * thread being stopped must still be able to write its last line.
     */
    public void append(byte[] line) throws IOException {
        byte[] out = new byte[line.length + 1];
        System.arraycopy(line, 0, out, 0, line.length);
        out[line.length] = '\n';
        try (FileOutputStream stream = new FileOutputStream(file.toFile(), true)) {
            stream.write(out);
            stream.getFD().sync();
        }
        lines++;
        size += out.length;
    }

    /** The last whole line, without its newline; empty when the log is. */
    public java.util.Optional<byte[]> lastLine() throws IOException {
        if (size == 0) {
            return java.util.Optional.empty();
        }
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            long start = size - 1;
            ByteBuffer one = ByteBuffer.allocate(1);
            while (start > 0) {
                one.clear();
                channel.read(one, start - 1);
                if (one.get(0) == '\n') {
                    break;
                }
                start--;
            }
            ByteBuffer line = ByteBuffer.allocate((int) (size - 1 - start));
            while (line.hasRemaining() && channel.read(line, start + line.position()) > 0) {
                // read until the buffer holds the whole line
            }
            return java.util.Optional.of(line.array());
        }
    }

    /** Receives each line read with the offset just after it; returns false to stop reading. */
    @FunctionalInterface
    public interface LineVisitor {
        boolean line(byte[] line, long endOffset) throws IOException;
    }

    /** Reads the whole lines in {@code [from, to)}; {@code from} must be the start of a line. */
    public void read(long from, long to, LineVisitor visitor) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.READ)) {
            channel.position(from);
            InputStream in = new BufferedInputStream(Channels.newInputStream(channel), 65536);
            ByteArrayOutputStream line = new ByteArrayOutputStream(512);
            long offset = from;
            while (offset < to) {
                int b = in.read();
                if (b == -1) {
                    return;
                }
                offset++;
                if (b == '\n') {
                    if (!visitor.line(line.toByteArray(), offset)) {
                        return;
                    }
                    line.reset();
                } else {
                    line.write(b);
                }
            }
        }
    }
}
