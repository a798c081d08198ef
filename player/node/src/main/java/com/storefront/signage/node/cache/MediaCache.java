package com.storefront.signage.node.cache;

import com.storefront.signage.core.render.ImageDecoder;
import com.storefront.signage.core.render.MediaSource;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;

/**
 * Media on the device, named by sha256. A download goes to a temp file, is hashed as it streams,
 * and is renamed into place only if the hash matches; a file that no longer matches when loaded
 * is deleted so the next sync fetches it again.
 */
public final class MediaCache implements MediaSource {
    private static final Logger LOG = Logger.getLogger(MediaCache.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private final Path dir;

    public MediaCache(Path dir) throws IOException {
        this.dir = Files.createDirectories(dir);
    }

    public boolean has(String sha256) {
        return Files.isRegularFile(path(sha256));
    }

    public Path path(String sha256) {
        if (!SHA256.matcher(sha256).matches()) {
            throw new IllegalArgumentException("not a sha256: " + sha256);
        }
        return dir.resolve(sha256);
    }

    /**
     * The cached file, after hashing it again as it streams from disk (a video can be too large to hold
     * in memory): empty when it is missing or no longer matches its name, in which case it is deleted so
     * the next sync fetches it again. Meant for preparation time, not the moment an item switches.
     */
    public Optional<Path> verifiedFile(String sha256) {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try {
            MessageDigest digest = sha256Digest();
            try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
                in.transferTo(OutputStream.nullOutputStream());
            }
            if (HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
                return Optional.of(file);
            }
            LOG.warning("cached media " + sha256 + " is corrupt; deleting it so it is fetched again");
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("cannot read cached media " + sha256 + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    /** Streams {@code in} into the cache under {@code sha256}; throws and keeps nothing if the bytes hash differently. */
    public void store(String sha256, InputStream in) throws IOException {
        Path target = path(sha256);
        Path temp = Files.createTempFile(dir, "." + sha256, ".part");
        try {
            MessageDigest digest = sha256Digest();
            try (OutputStream out = new DigestOutputStream(Files.newOutputStream(temp, StandardOpenOption.WRITE), digest)) {
                in.transferTo(out);
            }
            String actual = HexFormat.of().formatHex(digest.digest());
            if (!actual.equals(sha256)) {
                throw new IOException("download of " + sha256 + " hashed to " + actual + "; discarded");
            }
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE)) {
                channel.force(true);
            }
            AtomicFiles.move(temp, target);
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    @Override
    public Optional<BufferedImage> image(String sha256) {
        Path file = path(sha256);
        try {
            if (!Files.isRegularFile(file)) {
                return Optional.empty();
            }
            byte[] bytes = Files.readAllBytes(file);
            if (!HexFormat.of().formatHex(sha256Digest().digest(bytes)).equals(sha256)) {
                LOG.warning("cached media " + sha256 + " is corrupt; deleting it so it is fetched again");
                Files.deleteIfExists(file);
                return Optional.empty();
            }
            return Optional.of(ImageDecoder.decode(bytes, ImageDecoder.DEFAULT_MAX_PIXELS));
        } catch (IOException | ImageDecoder.InvalidImageException e) {
            LOG.warning("cannot load cached media " + sha256 + ": " + e.getMessage());
            return Optional.empty();
        }
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
