package com.storefront.signage.node.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    @Test
    void writeReplacesTheWholeOldContent() throws IOException {
        Path target = dir.resolve("manifest.json");
        AtomicFiles.write(target, "a much longer first version".getBytes(StandardCharsets.UTF_8));

        AtomicFiles.write(target, "short".getBytes(StandardCharsets.UTF_8));

        assertEquals("short", Files.readString(target, StandardCharsets.UTF_8));
    }

    @Test
    void noTempFileRemainsAfterWrites() throws IOException {
        Path target = dir.resolve("device-token");

        AtomicFiles.write(target, new byte[] {1});
        AtomicFiles.write(target, new byte[] {2});
        AtomicFiles.write(target, new byte[0]);

        try (Stream<Path> files = Files.list(dir)) {
            assertEquals(List.of(target), files.toList());
        }
    }

    @Test
    void writeIntoAMissingDirectoryCreatesIt() throws IOException {
        Path target = dir.resolve("data").resolve("nested").resolve("current.json");

        AtomicFiles.write(target, new byte[] {42, 43});

        assertArrayEquals(new byte[] {42, 43}, Files.readAllBytes(target));
    }
}
