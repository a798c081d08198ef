package com.storefront.signage.server.slide;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.DecodedImageCache;
import com.storefront.signage.core.render.ImageTarget;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.node.cache.MediaCache;
import io.vertx.core.buffer.Buffer;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The preview's images against the player's media cache, with a 4K photo that both decode for small boxes. */
class PreviewMediaTest {
    private static final SlideRenderer RENDERER = SlideRenderer.fromClassPath();
    private static byte[] photo;
    private static String sha;

    @TempDir
    Path dir;

    @BeforeAll
    static void encodePhoto() throws Exception {
        BufferedImage image = new BufferedImage(3840, 2160, BufferedImage.TYPE_INT_RGB);
        for (int y = 0; y < 2160; y++) {
            for (int x = 0; x < 3840; x++) {
                int stripe = (x / 16 + y / 16) % 2 == 0 ? 40 : 0;
                image.setRGB(x, y, (x * 255 / 3839) << 16 | (y * 215 / 2159 + stripe) << 8 | 0x60);
            }
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "jpeg", out);
        photo = out.toByteArray();
        sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(photo));
    }

    @Test
    void a_recommendations_slide_with_a_4k_photo_previews_with_the_pixels_the_player_renders() throws IOException {
        MediaCache player = new MediaCache(dir);
        player.store(sha, new ByteArrayInputStream(photo));
        PreviewMedia preview = new PreviewMedia(Map.of(sha, Buffer.buffer(photo)));
        SlideSpec spec = recommendations();

        for (DisplayClass cls : new DisplayClass[] {DisplayClass.HD_LANDSCAPE, DisplayClass.EINK_GRAY16}) {
            long budget = DecodedImageCache.budgetFor(cls);
            BufferedImage frame = RENDERER.render(spec, cls, new DecodedImageCache(player, budget));
            BufferedImage previewed = RENDERER.render(spec, cls, new DecodedImageCache(preview, budget));

            assertEquals(0, differingPixels(frame, previewed), "pixels differing on " + cls.id());
        }
    }

    @Test
    void a_4k_photo_for_a_small_box_is_decoded_small() {
        PreviewMedia preview = new PreviewMedia(Map.of(sha, Buffer.buffer(photo)));

        BufferedImage image = preview.image(sha, new ImageTarget(300, 300, false)).orElseThrow();

        assertTrue(image.getWidth() <= 640 && image.getHeight() <= 360, image.getWidth() + "x" + image.getHeight());
    }

    @Test
    void media_the_preview_was_not_given_is_left_out() {
        PreviewMedia preview = new PreviewMedia(Map.of(sha, Buffer.buffer(photo)));

        assertEquals(Optional.empty(), preview.image("0".repeat(64), new ImageTarget(300, 300, false)));
    }

    @Test
    void stored_bytes_that_do_not_decode_leave_the_image_area_empty_as_on_the_player() {
        PreviewMedia preview = new PreviewMedia(Map.of(sha, Buffer.buffer("not an image".getBytes())));

        assertEquals(Optional.empty(), preview.image(sha, new ImageTarget(300, 300, false)));
    }

    private SlideSpec recommendations() {
        Map<String, Object> fields = new HashMap<>();
        fields.put("title", "Top sellers");
        fields.put("kind", "top-sellers");
        for (int i = 1; i <= 6; i++) {
            fields.put("product" + i + "Name", "Product " + i);
            fields.put("product" + i + "Price", i + ".49");
            fields.put("product" + i + "Image", sha);
        }
        return SlideSpecResolver.resolve(TemplateCatalog.fromClassPath().get("recommendations"), fields, "en",
                new StoreLocale("en-US", "USD"));
    }

    private static int differingPixels(BufferedImage a, BufferedImage b) {
        assertEquals(a.getWidth(), b.getWidth());
        assertEquals(a.getHeight(), b.getHeight());
        int differing = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                if (a.getRGB(x, y) != b.getRGB(x, y)) {
                    differing++;
                }
            }
        }
        return differing;
    }
}
