package com.storefront.signage.node.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.node.SampleMedia;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MediaCacheTest {
    private static final SampleMedia RED = SampleMedia.png(0xFF0000);

    @TempDir
    Path dir;
    private MediaCache cache;

    @BeforeEach
    void openCache() throws IOException {
        cache = new MediaCache(dir);
    }

    @Test
    void downloadWhoseBytesMatchTheHashIsStoredAndReadableAsAnImage() throws IOException {
        cache.store(RED.sha256(), new ByteArrayInputStream(RED.bytes()));

        assertTrue(cache.has(RED.sha256()));
        assertArrayEquals(RED.bytes(), Files.readAllBytes(cache.path(RED.sha256())));
        BufferedImage image = cache.image(RED.sha256()).orElseThrow();
        assertEquals(16, image.getWidth());
        assertEquals(0xFF0000, image.getRGB(3, 3) & 0xFFFFFF);
    }

    @Test
    void downloadThatHashesDifferentlyIsRefusedNamingBothHashesAndLeavesNoFile() throws IOException {
        byte[] wrong = RED.corrupted();

        IOException e = assertThrows(IOException.class,
                () -> cache.store(RED.sha256(), new ByteArrayInputStream(wrong)));

        assertTrue(e.getMessage().contains(RED.sha256()), e.getMessage());
        assertTrue(e.getMessage().contains(SampleMedia.sha256(wrong)), e.getMessage());
        assertFalse(cache.has(RED.sha256()));
        assertEquals(List.of(), filesIn(dir));
    }

    @Test
    void fileCorruptedOnDiskIsDeletedWhenLoadedSoItWillBeFetchedAgain() throws IOException {
        cache.store(RED.sha256(), new ByteArrayInputStream(RED.bytes()));
        Files.write(cache.path(RED.sha256()), RED.corrupted());

        Optional<BufferedImage> image = cache.image(RED.sha256());

        assertEquals(Optional.empty(), image);
        assertFalse(Files.exists(cache.path(RED.sha256())));
        assertFalse(cache.has(RED.sha256()));
    }

    @Test
    void downloadCutOffHalfwayIsNeverTakenForTheFileButKeptAsAPartialToResume() throws IOException {
        InputStream cutOff = new FailingAfter(RED.bytes(), RED.bytes().length / 2);

        assertThrows(IOException.class, () -> cache.store(RED.sha256(), cutOff));

        assertFalse(cache.has(RED.sha256()));
        assertEquals(Optional.empty(), cache.image(RED.sha256()));
        assertEquals(List.of(dir.resolve("." + RED.sha256() + ".part")), filesIn(dir));
        assertEquals(RED.bytes().length / 2, cache.partialLength(RED.sha256()));
    }

    @Test
    void missingMediaIsReportedEmpty() {
        assertEquals(Optional.empty(), cache.image(RED.sha256()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "../x",
            "../../etc/passwd",
            "",
            "ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789ABCDEF0123456789",
            "abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678",
            "abcdef0123456789abcdef0123456789abcdef0123456789abcdef01234567890",
            "../def0123456789abcdef0123456789abcdef0123456789abcdef0123456789",
            "abcdef0123456789abcdef0123456789abcdef0123456789abcdef012345678g"})
    void pathRefusesAnythingButSixtyFourLowercaseHexDigits(String name) {
        assertThrows(IllegalArgumentException.class, () -> cache.path(name));
    }

    private static List<Path> filesIn(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.toList();
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    /** Delivers the first {@code limit} bytes, then fails as a dropped connection or a power cut would. */
    /** A network stream that breaks after {@code limit} bytes, like shop Wi-Fi dropping mid-download. */
    static final class FailingAfter extends InputStream {
        private final byte[] bytes;
        private final int limit;
        private int position;

        FailingAfter(byte[] bytes, int limit) {
            this.bytes = bytes;
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            if (position >= limit) {
                throw new IOException("connection reset");
            }
            return bytes[position++] & 0xFF;
        }
    }
}
