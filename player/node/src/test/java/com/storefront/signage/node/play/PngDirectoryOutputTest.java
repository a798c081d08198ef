package com.storefront.signage.node.play;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.storefront.signage.core.protocol.ProtocolJson;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PngDirectoryOutputTest {
    private static final FrameInfo ITEM = new FrameInfo(FrameInfo.ITEM, "campaign-1/playlist-2/slide-3", "slide-3",
            "campaign-1", "v-9", "hd-landscape", "2026-03-01T08:00:00Z");
    private static final FrameInfo PAIRING = new FrameInfo(FrameInfo.PAIRING, null, null, null, null,
            "hd-landscape", "2026-03-01T08:00:00Z");

    @TempDir
    Path dir;

    @Test
    void currentPngHoldsTheFramePixelForPixel() throws IOException {
        BufferedImage frame = gradient(7, 5);

        new PngDirectoryOutput(dir).show(frame, ITEM);

        BufferedImage written = ImageIO.read(dir.resolve("current.png").toFile());
        assertNotNull(written, "current.png is not a decodable image");
        assertEquals(List.of(7, 5), List.of(written.getWidth(), written.getHeight()));
        for (int y = 0; y < 5; y++) {
            for (int x = 0; x < 7; x++) {
                assertEquals(frame.getRGB(x, y), written.getRGB(x, y), "pixel " + x + "," + y);
            }
        }
    }

    @Test
    void currentJsonDescribesTheFrame() throws IOException {
        new PngDirectoryOutput(dir).show(gradient(4, 4), ITEM);

        assertEquals(ITEM, ProtocolJson.read(Files.readAllBytes(dir.resolve("current.json")), FrameInfo.class));
    }

    @Test
    void itemFrameIsKeptUnderItsIdWithSlashesReplaced() throws IOException {
        new PngDirectoryOutput(dir).show(gradient(4, 4), ITEM);

        assertEquals(List.of("campaign-1_playlist-2_slide-3.png"), namesIn(dir.resolve("items")));
        assertNotNull(ImageIO.read(dir.resolve("items").resolve("campaign-1_playlist-2_slide-3.png").toFile()));
    }

    @Test
    void pairingFrameIsShownButNotKeptAsAnItem() throws IOException {
        new PngDirectoryOutput(dir).show(gradient(4, 4), PAIRING);

        assertEquals(List.of(), namesIn(dir.resolve("items")));
        assertEquals(PAIRING, ProtocolJson.read(Files.readAllBytes(dir.resolve("current.json")), FrameInfo.class));
    }

    private static BufferedImage gradient(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, (x * 36) << 16 | (y * 50) << 8 | (x + y) * 17);
            }
        }
        return image;
    }

    private static List<String> namesIn(Path dir) throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
