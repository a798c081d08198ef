package com.storefront.signage.node.cache;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.node.SampleMedia;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.Arrays;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaCacheResumeAndBudgetTest {
    private static final SampleMedia BIG = SampleMedia.noisePng(7, 120, 120);

    @TempDir
    Path dir;
    private MediaCache cache;

    @BeforeEach
    void openCache() throws IOException {
        cache = new MediaCache(dir);
    }

    @Test
    void aDroppedDownloadKeepsWhatArrivedAndTheResumeCompletesTheFile() throws IOException {
        int cut = BIG.bytes().length / 3;
        assertThrows(IOException.class, () -> cache.store(BIG.sha256(), droppingAfter(BIG.bytes(), cut)));
        assertEquals(cut, cache.partialLength(BIG.sha256()));
        assertFalse(cache.has(BIG.sha256()));

        cache.resume(BIG.sha256(), new ByteArrayInputStream(Arrays.copyOfRange(BIG.bytes(), cut, BIG.bytes().length)));

        assertTrue(cache.has(BIG.sha256()));
        assertArrayEquals(BIG.bytes(), Files.readAllBytes(cache.path(BIG.sha256())));
        assertEquals(0, cache.partialLength(BIG.sha256()));
    }

    @Test
    void aResumeThatDoesNotAddUpToTheHashIsThrownAwayWhole() throws IOException {
        int cut = BIG.bytes().length / 2;
        assertThrows(IOException.class, () -> cache.store(BIG.sha256(), droppingAfter(BIG.bytes(), cut)));
        byte[] wrongRest = Arrays.copyOfRange(BIG.corrupted(), cut, BIG.bytes().length);

        IOException e = assertThrows(IOException.class, () -> cache.resume(BIG.sha256(), new ByteArrayInputStream(wrongRest)));

        assertTrue(e.getMessage().contains("discarded"), e.getMessage());
        assertFalse(cache.has(BIG.sha256()));
        assertEquals(0, cache.partialLength(BIG.sha256()), "the next attempt starts from the first byte");
    }

    @Test
    void aPartialThatIsAlreadyWholeIsMovedIntoPlaceWithoutFetchingAgain() throws IOException {
        Files.write(dir.resolve("." + BIG.sha256() + ".part"), BIG.bytes()); // killed between the last byte and the rename

        assertTrue(cache.completePartial(BIG.sha256()));
        assertTrue(cache.has(BIG.sha256()));
    }

    @Test
    void evictsTheLeastRecentlyNeededFilesButNeverOnesTheScheduleNeeds() throws IOException {
        SampleMedia old = SampleMedia.noisePng(1, 60, 60);
        SampleMedia older = SampleMedia.noisePng(2, 60, 60);
        SampleMedia needed = SampleMedia.noisePng(3, 60, 60);
        for (SampleMedia m : new SampleMedia[] {older, old, needed}) {
            cache.store(m.sha256(), new ByteArrayInputStream(m.bytes()));
        }
        Files.setLastModifiedTime(cache.path(needed.sha256()), FileTime.fromMillis(1_000)); // needed, and the oldest of all
        Files.setLastModifiedTime(cache.path(older.sha256()), FileTime.fromMillis(2_000));
        Files.setLastModifiedTime(cache.path(old.sha256()), FileTime.fromMillis(3_000));
        long budget = needed.bytes().length + old.bytes().length;

        long over = cache.prune(Set.of(needed.sha256()), budget);

        assertEquals(0, over);
        assertTrue(cache.has(needed.sha256()));
        assertTrue(cache.has(old.sha256()));
        assertFalse(cache.has(older.sha256()), "the least recently needed file goes first");
    }

    @Test
    void keepsEverythingTheScheduleNeedsEvenOverBudgetAndSaysByHowMuch() throws IOException {
        SampleMedia a = SampleMedia.noisePng(4, 60, 60);
        SampleMedia b = SampleMedia.noisePng(5, 60, 60);
        cache.store(a.sha256(), new ByteArrayInputStream(a.bytes()));
        cache.store(b.sha256(), new ByteArrayInputStream(b.bytes()));

        long over = cache.prune(Set.of(a.sha256(), b.sha256()), a.bytes().length);

        assertEquals(b.bytes().length, over);
        assertTrue(cache.has(a.sha256()) && cache.has(b.sha256()));
    }

    @Test
    void dropsPartialDownloadsNothingNeedsAnyMore() throws IOException {
        assertThrows(IOException.class, () -> cache.store(BIG.sha256(), droppingAfter(BIG.bytes(), 100)));
        SampleMedia stillWanted = SampleMedia.noisePng(6, 60, 60);
        assertThrows(IOException.class, () -> cache.store(stillWanted.sha256(), droppingAfter(stillWanted.bytes(), 100)));

        cache.prune(Set.of(stillWanted.sha256()), Long.MAX_VALUE);

        assertEquals(0, cache.partialLength(BIG.sha256()));
        assertEquals(100, cache.partialLength(stillWanted.sha256()));
    }

    @Test
    void markingFilesAsNeededMakesThemTheLastToBeEvicted() throws IOException {
        SampleMedia a = SampleMedia.noisePng(8, 60, 60);
        SampleMedia b = SampleMedia.noisePng(9, 60, 60);
        cache.store(a.sha256(), new ByteArrayInputStream(a.bytes()));
        cache.store(b.sha256(), new ByteArrayInputStream(b.bytes()));
        Files.setLastModifiedTime(cache.path(a.sha256()), FileTime.fromMillis(1_000));
        Files.setLastModifiedTime(cache.path(b.sha256()), FileTime.fromMillis(2_000));

        cache.markNeeded(Set.of(a.sha256()));
        cache.prune(Set.of(), a.bytes().length);

        assertTrue(cache.has(a.sha256()));
        assertFalse(cache.has(b.sha256()));
    }

    private static InputStream droppingAfter(byte[] bytes, int cut) {
        return new MediaCacheTest.FailingAfter(bytes, cut);
    }
}
