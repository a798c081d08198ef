package com.storefront.signage.bench;

import com.storefront.signage.core.render.ImageTarget;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.node.cache.MediaCache;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;
import javax.imageio.ImageIO;

/**
 * Product images behind the player's own {@link MediaCache}, so every render reads, verifies and
 * decodes them as a player does. Slides keep naming images as {@link TemplateSamples} does
 * ({@code coffee}); this source maps each name to the file's sha256 in the cache.
 */
final class PlayerMedia implements MediaSource {
    private final MediaCache cache;
    private final Map<String, String> shaByName;

    private PlayerMedia(MediaCache cache, Map<String, String> shaByName) {
        this.cache = cache;
        this.shaByName = shaByName;
    }

    /** Every {@code *.png} in {@code images}, stored in a fresh cache under {@code work}. */
    static PlayerMedia of(Path images, Path work) throws IOException {
        MediaCache cache = new MediaCache(work.resolve("media"));
        Map<String, String> shas = new HashMap<>();
        try (Stream<Path> files = Files.list(images)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".png")).sorted().toList()) {
                String sha = sha256(Files.readAllBytes(file));
                try (InputStream in = Files.newInputStream(file)) {
                    cache.store(sha, in);
                }
                shas.put(file.getFileName().toString().replaceFirst("\\.png$", ""), sha);
            }
        }
        return new PlayerMedia(cache, shas);
    }

    /** The sample product images as {@code width x height} synthetic photos, one PNG per name, in {@code dir}. */
    static Path writePhotos(Path dir, int width, int height) throws IOException {
        Files.createDirectories(dir);
        long seed = 1;
        for (String name : new String[] {TemplateSamples.COFFEE, TemplateSamples.OLIVE_OIL, TemplateSamples.ORANGE_JUICE}) {
            BufferedImage photo = SyntheticPhoto.draw(width, height, seed++);
            ImageIO.write(photo, "png", dir.resolve(name + ".png").toFile());
        }
        return dir;
    }

    @Override
    public Optional<BufferedImage> image(String ref) {
        String sha = shaByName.get(ref);
        return sha == null ? Optional.empty() : cache.image(sha);
    }

    @Override
    public Optional<BufferedImage> image(String ref, ImageTarget target) {
        String sha = shaByName.get(ref);
        return sha == null ? Optional.empty() : cache.image(sha, target);
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
