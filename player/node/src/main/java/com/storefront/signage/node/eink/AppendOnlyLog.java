package com.storefront.signage.node.eink;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * A file of lines that only grows. Each line goes out in one append and is synced, so after a
 * power cut the file holds whole lines plus at most one torn last line, which opening cuts off.
 * Rewriting the whole file through a rename would be atomic too, but costs O(size) per line.
 */
final class AppendOnlyLog {
    private final Path file;
    private long lines;

    private AppendOnlyLog(Path file, long lines) {
        this.file = file;
        this.lines = lines;
    }

    static AppendOnlyLog open(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (!Files.exists(file)) {
            Files.createFile(file);
            return new AppendOnlyLog(file, 0);
        }
        byte[] content = Files.readAllBytes(file);
        int end = content.length;
        while (end > 0 && content[end - 1] != '\n') {
            end--;
        }
        if (end < content.length) {
            try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
                channel.truncate(end);
                channel.force(true);
            }
        }
        long count = 0;
        for (int i = 0; i < end; i++) {
            count += content[i] == '\n' ? 1 : 0;
        }
        return new AppendOnlyLog(file, count);
    }

    /** Lines written so far, including those found at open. */
    long lines() {
        return lines;
    }

    void append(byte[] line) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(line.length + 1).put(line).put((byte) '\n').flip();
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE, StandardOpenOption.APPEND)) {
            while (buffer.hasRemaining()) {
                channel.write(buffer);
            }
            channel.force(false);
        }
        lines++;
    }
}
