package com.storefront.signage.server.media;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void resumesFromAnOffsetToTheEnd() {
        assertEquals(new ByteRange.Partial(new ByteRange(600, 999)), ByteRange.resolve("bytes=600-", 1000));
    }

    @Test
    void clampsAnEndPastTheFileAndServesTheLastBytesOfASuffixRange() {
        assertEquals(new ByteRange.Partial(new ByteRange(10, 999)), ByteRange.resolve("bytes=10-5000", 1000));
        assertEquals(new ByteRange.Partial(new ByteRange(900, 999)), ByteRange.resolve("bytes=-100", 1000));
        assertEquals(new ByteRange.Partial(new ByteRange(0, 999)), ByteRange.resolve("bytes=-5000", 1000));
    }

    @Test
    void aRangeStartingPastTheEndIsUnsatisfiable() {
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.resolve("bytes=1000-", 1000));
        assertEquals(new ByteRange.Unsatisfiable(), ByteRange.resolve("bytes=-0", 1000));
    }

    @Test
    void severalRangesOtherUnitsAndNonsenseGetTheWholeFile() {
        assertEquals(new ByteRange.Whole(), ByteRange.resolve(null, 1000));
        assertEquals(new ByteRange.Whole(), ByteRange.resolve("bytes=0-10,20-30", 1000));
        assertEquals(new ByteRange.Whole(), ByteRange.resolve("items=0-10", 1000));
        assertEquals(new ByteRange.Whole(), ByteRange.resolve("bytes=50-10", 1000));
        assertEquals(new ByteRange.Whole(), ByteRange.resolve("bytes=-", 1000));
        assertEquals(new ByteRange.Whole(), ByteRange.resolve("bytes=99999999999999999999-", 1000));
    }

    @Test
    void describesItselfForContentRange() {
        assertEquals("bytes 600-999/1000", new ByteRange(600, 999).contentRange(1000));
        assertEquals(400, new ByteRange(600, 999).length());
    }
}
