package com.storefront.signage.server.media;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class ByteRangeTest {
    @Test
    void reads_a_closed_range() throws Exception {
        assertEquals(Optional.of(new ByteRange(0, 99)), ByteRange.parse("bytes=0-99", 1000));
        assertEquals("bytes 0-99/1000", ByteRange.parse("bytes=0-99", 1000).orElseThrow().contentRange(1000));
    }

    @Test
    void open_range_runs_to_the_end_and_a_long_one_is_clipped() throws Exception {
        assertEquals(Optional.of(new ByteRange(500, 999)), ByteRange.parse("bytes=500-", 1000));
        assertEquals(Optional.of(new ByteRange(500, 999)), ByteRange.parse("bytes=500-5000", 1000));
    }

    @Test
    void suffix_range_is_the_last_bytes() throws Exception {
        assertEquals(Optional.of(new ByteRange(990, 999)), ByteRange.parse("bytes=-10", 1000));
        assertEquals(Optional.of(new ByteRange(0, 999)), ByteRange.parse("bytes=-5000", 1000));
    }

    @Test
    void no_header_several_ranges_or_other_units_mean_the_whole_file() throws Exception {
        assertEquals(Optional.empty(), ByteRange.parse(null, 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=0-1,5-9", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("items=0-1", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=-", 1000));
        assertEquals(Optional.empty(), ByteRange.parse("bytes=9-3", 1000));
    }

    @Test
    void range_past_the_end_cannot_be_satisfied() {
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=1000-", 1000));
        assertThrows(ByteRange.Unsatisfiable.class, () -> ByteRange.parse("bytes=-0", 1000));
    }
}
