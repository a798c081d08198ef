package com.storefront.signage.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/** Removes a benchmark's scratch directory when it is done; what cannot be removed is left to the OS. */
final class TempDirs {
    private TempDirs() {
    }

    static void delete(Path dir) {
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
        } catch (IOException e) {
            // scratch space under the temp directory; nothing depends on it being gone
        }
    }
}
