package com.storefront.signage.core.eink;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class FrameFingerprintTest {
    private final PanelProfile panel = PanelProfiles.load(PanelProfiles.BW_7IN5);

    private FrameFingerprint fingerprint(IndexedFrame frame) {
        return FrameFingerprint.of(PixelPacker.pack(frame, frame.bounds(), panel.bitsPerPixel()));
    }

    @Test
    void the_same_frame_rendered_twice_has_the_same_fingerprint() {
        IndexedFrame a = PaletteQuantizer.quantize(TestFrames.text(panel, "Brot 2,49"), panel, List.of());
        IndexedFrame b = PaletteQuantizer.quantize(TestFrames.text(panel, "Brot 2,49"), panel, List.of());

        assertEquals(fingerprint(a), fingerprint(b));
    }

    @Test
    void one_changed_pixel_changes_the_fingerprint() {
        IndexedFrame a = PaletteQuantizer.quantize(TestFrames.text(panel, "Brot 2,49"), panel, List.of());
        byte[] changed = a.indices().clone();
        changed[changed.length / 2] ^= 1;

        assertNotEquals(fingerprint(a), fingerprint(new IndexedFrame(a.width(), a.height(), changed)));
    }

    @Test
    void the_fingerprint_is_the_sha_256_of_the_packed_bytes() {
        assertEquals("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855", FrameFingerprint.of(new byte[0]).sha256());
    }
}
