package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.cache.AtomicFiles;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * How far the server has acknowledged the journal: every line of journal file
 * {@code generation} before byte {@code offset}. Written atomically (temp file, fsync, rename)
 * after the server's answer, so a crash in between only makes the player send a batch again,
 * which the server counts once.
 */
record JournalCursor(long generation, long offset) {
    static final String FILE = "cursor.json";

    JournalCursor {
        if (generation < 1 || offset < 0) {
            throw new IllegalArgumentException("cursor generation must be positive and offset not negative");
        }
    }

    static Optional<JournalCursor> read(Path dir) throws IOException {
        Path file = dir.resolve(FILE);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        return Optional.of(ProtocolJson.read(Files.readAllBytes(file), JournalCursor.class));
    }

    void write(Path dir) throws IOException {
        AtomicFiles.write(dir.resolve(FILE), ProtocolJson.write(this));
    }
}
