package com.storefront.signage.node.cache;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import com.storefront.signage.node.SampleMedia;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files handed to libvlc by path (videos) are hash-checked as they stream from disk, not loaded whole. */
class MediaCacheVerifiedFileTest {
    private static final SampleMedia MEDIA = SampleMedia.png(0x2A9D8F);

    @TempDir
    Path dir;
    private MediaCache cache;

    @BeforeEach
    void openCache() throws IOException {
        cache = new MediaCache(dir);
    }

    @Test
    void an_intact_file_is_handed_out_by_path() throws IOException {
        cache.store(MEDIA.sha256(), new ByteArrayInputStream(MEDIA.bytes()));

        assertEquals(Optional.of(cache.path(MEDIA.sha256())), cache.verifiedFile(MEDIA.sha256()));
    }

    @Test
    void a_file_corrupted_on_disk_is_deleted_so_the_next_sync_fetches_it_again() throws IOException {
        cache.store(MEDIA.sha256(), new ByteArrayInputStream(MEDIA.bytes()));
        Files.write(cache.path(MEDIA.sha256()), MEDIA.corrupted());

        assertEquals(Optional.empty(), cache.verifiedFile(MEDIA.sha256()));
        assertFalse(cache.has(MEDIA.sha256()));
    }

    @Test
    void a_missing_file_is_empty() {
        assertEquals(Optional.empty(), cache.verifiedFile(MEDIA.sha256()));
    }
}
