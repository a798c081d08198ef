package com.storefront.signage.node.journal;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AppendOnlyLogTest {
    @TempDir
    Path dir;

    @Test
    void a_torn_last_line_is_cut_on_open_and_the_whole_lines_stay() throws IOException {
        Path file = dir.resolve("log.jsonl");
        AppendOnlyLog log = AppendOnlyLog.open(file);
        log.append(bytes("{\"n\":1}"));
        log.append(bytes("{\"n\":2}"));
        Files.write(file, bytes("{\"n\":3, \"cut by power lo"), StandardOpenOption.APPEND);

        AppendOnlyLog reopened = AppendOnlyLog.open(file);

        assertEquals(2, reopened.lines());
        assertEquals(Files.size(file), reopened.size());
        assertEquals("{\"n\":1}\n{\"n\":2}\n", Files.readString(file));
        reopened.append(bytes("{\"n\":4}"));
        assertEquals(List.of("{\"n\":1}", "{\"n\":2}", "{\"n\":4}"), lines(reopened, 0));
    }

    @Test
    void reading_from_an_offset_gives_the_lines_after_it_with_their_end_offsets() throws IOException {
        AppendOnlyLog log = AppendOnlyLog.open(dir.resolve("log.jsonl"));
        log.append(bytes("first"));
        long afterFirst = log.size();
        log.append(bytes("second"));
        log.append(bytes("third"));
        List<Long> ends = new ArrayList<>();
        List<String> seen = new ArrayList<>();

        log.read(afterFirst, log.size(), (line, end) -> {
            seen.add(new String(line, StandardCharsets.UTF_8));
            ends.add(end);
            return true;
        });

        assertEquals(List.of("second", "third"), seen);
        assertEquals(List.of(afterFirst + 7, log.size()), ends);
    }

    @Test
    void the_last_line_is_found_from_the_end() throws IOException {
        AppendOnlyLog log = AppendOnlyLog.open(dir.resolve("log.jsonl"));
        assertTrue(log.lastLine().isEmpty());
        log.append(bytes("only"));
        assertArrayEquals(bytes("only"), log.lastLine().orElseThrow());
        log.append(bytes("x".repeat(20_000)));
        assertArrayEquals(bytes("x".repeat(20_000)), log.lastLine().orElseThrow());
    }

    @Test
    void an_interrupted_thread_can_still_append_its_last_line() throws Exception {
        AppendOnlyLog log = AppendOnlyLog.open(dir.resolve("log.jsonl"));
        Thread.currentThread().interrupt();
        try {
            log.append(bytes("written while stopping"));
        } finally {
            Thread.interrupted();
        }
        assertEquals(List.of("written while stopping"), lines(AppendOnlyLog.open(dir.resolve("log.jsonl")), 0));
    }

    private static List<String> lines(AppendOnlyLog log, long from) throws IOException {
        List<String> out = new ArrayList<>();
        log.read(from, log.size(), (line, end) -> out.add(new String(line, StandardCharsets.UTF_8)));
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
