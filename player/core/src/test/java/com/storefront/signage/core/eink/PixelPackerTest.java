package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class PixelPackerTest {
    private static IndexedFrame random(int width, int height, int bitsPerPixel, long seed) {
        Random random = new Random(seed);
        byte[] indices = new byte[width * height];
        for (int i = 0; i < indices.length; i++) {
            indices[i] = (byte) random.nextInt(1 << bitsPerPixel);
        }
        return new IndexedFrame(width, height, indices);
    }

    @Provide
    Arbitrary<Integer> bitDepths() {
        return Arbitraries.of(1, 2, 4, 8);
    }

    @Property(tries = 300)
    void packing_an_area_and_unpacking_it_gives_back_its_indices(@ForAll("bitDepths") int bits,
                                                                @ForAll @IntRange(min = 1, max = 37) int width,
                                                                @ForAll @IntRange(min = 1, max = 9) int height,
                                                                @ForAll @IntRange(max = 13) int x,
                                                                @ForAll @IntRange(max = 5) int y,
                                                                @ForAll long seed) {
        IndexedFrame frame = random(x + width + 3, y + height + 2, bits, seed);
        Rect area = new Rect(x, y, width, height);

        byte[] packed = PixelPacker.pack(frame, area, bits);
        IndexedFrame back = PixelPacker.unpack(packed, width, height, bits);

        assertEquals(PixelPacker.rowBytes(width, bits) * height, packed.length);
        for (int r = 0; r < height; r++) {
            for (int c = 0; c < width; c++) {
                assertEquals(frame.index(x + c, y + r), back.index(c, r), "bpp " + bits + " at " + c + "," + r);
            }
        }
    }

    @Test
    void round_trips_at_one_two_and_four_bits_with_odd_widths_and_offsets() {
        for (int bits : new int[] {1, 2, 4}) {
            IndexedFrame frame = random(53, 17, bits, bits);
            Rect area = new Rect(3, 5, 29, 7);
            IndexedFrame back = PixelPacker.unpack(PixelPacker.pack(frame, area, bits), 29, 7, bits);
            for (int r = 0; r < 7; r++) {
                for (int c = 0; c < 29; c++) {
                    assertEquals(frame.index(3 + c, 5 + r), back.index(c, r), bits + " bpp at " + c + "," + r);
                }
            }
        }
    }

    @Test
    void the_first_pixel_goes_in_the_high_bits_and_each_row_starts_a_new_byte() {
        IndexedFrame frame = new IndexedFrame(3, 2, new byte[] {1, 2, 3, 3, 0, 1});

        assertArrayEquals(new byte[] {(byte) 0b0110_1100, (byte) 0b1100_0100}, PixelPacker.pack(frame, frame.bounds(), 2));
        assertArrayEquals(new byte[] {0x12, 0x30, 0x30, 0x10}, PixelPacker.pack(frame, frame.bounds(), 4));
    }

    @Test
    void an_area_outside_the_frame_is_refused_with_a_clear_message() {
        IndexedFrame frame = new IndexedFrame(10, 4, new byte[40]);

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> PixelPacker.pack(frame, new Rect(8, 0, 4, 4), 1));

        assertEquals("area Rect[x=8, y=0, width=4, height=4] lies outside the 10x4 frame", e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> PixelPacker.pack(frame, new Rect(-1, 0, 2, 2), 1));
    }

    @Test
    void an_index_too_big_for_the_bit_depth_is_refused_with_its_position() {
        IndexedFrame frame = new IndexedFrame(4, 1, new byte[] {0, 1, 2, 1});

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> PixelPacker.pack(frame, frame.bounds(), 1));

        assertEquals("index 2 at (2, 0) does not fit 1 bits per pixel", e.getMessage());
    }

    @Test
    void three_bits_per_pixel_is_refused() {
        IndexedFrame frame = new IndexedFrame(4, 1, new byte[4]);

        assertThrows(IllegalArgumentException.class, () -> PixelPacker.pack(frame, frame.bounds(), 3));
    }
}
