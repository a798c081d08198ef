package com.storefront.signage.node.cache;

import com.storefront.signage.core.render.ImageDecoder;
import com.storefront.signage.core.render.ImageTarget;
import com.storefront.signage.core.render.MediaSource;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.channels.FileChannel;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.FileTime;
import java.security.DigestInputStream;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.Optional;
import java.util.logging.Logger;
import java.util.regex.Pattern;
import javax.imageio.stream.FileImageInputStream;

/**
 * Media on the device, named by sha256. A download goes to a partial file, is hashed as it streams,
 * and is renamed into place only if the hash matches; an interrupted one is resumed from where it
 * stopped. A file that no longer matches when loaded is deleted so the next sync fetches it again.
 * The cache keeps within a size budget by evicting the least recently needed files, never the ones
 * the current schedule needs.
 */
public final class MediaCache implements MediaSource {
    private static final Logger LOG = Logger.getLogger(MediaCache.class.getName());
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    /** Partial downloads are kept as {@code .<sha256>.part} across restarts, to be resumed with a Range request. */
    private static final String PART = ".part";
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

    /** Streams {@code in} into the cache under {@code sha256} from the first byte; throws and keeps nothing if the bytes hash differently. */
    public void store(String sha256, InputStream in) throws IOException {
        write(sha256, in, false);
    }

    /**
     * Appends {@code rest} to the partial download of {@code sha256} (the server answered a Range
     * request from {@link #partialLength}) and completes it. A broken stream keeps what arrived, so
     * the next attempt resumes again; a finished file that hashes differently is thrown away whole.
     */
    public void resume(String sha256, InputStream rest) throws IOException {
        write(sha256, rest, true);
    }

    /** Bytes of {@code sha256} already downloaded by an interrupted attempt (0 if none). */
    public long partialLength(String sha256) throws IOException {
        Path part = partial(sha256);
        return Files.isRegularFile(part) ? Files.size(part) : 0;
    }

    /**
     * For a partial download that may already be whole (the process died between the last byte and
     * the rename): moves it into place if it hashes right, else discards it. True if it was whole.
     */
    public boolean completePartial(String sha256) throws IOException {
        Path part = partial(sha256);
        if (!Files.isRegularFile(part)) {
            return false;
        }
        MessageDigest digest = sha256Digest();
        try (InputStream in = Files.newInputStream(part)) {
            in.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
        }
        if (HexFormat.of().formatHex(digest.digest()).equals(sha256)) {
            sync(part);
            AtomicFiles.move(part, path(sha256));
            return true;
        }
        Files.deleteIfExists(part);
        return false;
    }

    private void write(String sha256, InputStream in, boolean append) throws IOException {
        Path target = path(sha256);
        Path part = partial(sha256);
        MessageDigest digest = sha256Digest();
        if (append && Files.isRegularFile(part)) {
            try (InputStream have = Files.newInputStream(part)) {
                have.transferTo(new DigestOutputStream(OutputStream.nullOutputStream(), digest));
            }
        }
        StandardOpenOption mode = append ? StandardOpenOption.APPEND : StandardOpenOption.TRUNCATE_EXISTING;
        try (OutputStream out = new DigestOutputStream(Files.newOutputStream(part, StandardOpenOption.CREATE, StandardOpenOption.WRITE, mode),
                digest)) {
            in.transferTo(out); // a dropped connection throws here and leaves the bytes so far for a resume
        }
        String actual = HexFormat.of().formatHex(digest.digest());
        if (!actual.equals(sha256)) {
            Files.deleteIfExists(part);
            throw new IOException("download of " + sha256 + " hashed to " + actual + "; discarded");
        }
        sync(part);
        AtomicFiles.move(part, target);
    }

    /**
     * Keeps the cache within {@code budgetBytes}: drops partial downloads nothing needs any more, then
     * the least recently needed files, but never one in {@code needed} (the next 7 days' media). If the
     * needed files alone exceed the budget they all stay, and the overrun is returned for a warning.
     *
     * @return bytes by which the files that had to stay exceed the budget (0 if within it)
     */
    public long prune(Set<String> needed, long budgetBytes) throws IOException {
        List<Path> complete = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (name.startsWith(".") && name.endsWith(PART)) {
                    String sha = name.substring(1, name.length() - PART.length());
                    if (!needed.contains(sha)) {
                        Files.deleteIfExists(file);
                    }
                } else if (SHA256.matcher(name).matches()) {
                    complete.add(file);
                }
            }
        }
        long total = 0;
        for (Path file : complete) {
            total += Files.size(file);
        }
        complete.sort(Comparator.comparing(MediaCache::lastModified));
        for (Path file : complete) {
            if (total <= budgetBytes) {
                break;
            }
            if (!needed.contains(file.getFileName().toString())) {
                total -= Files.size(file);
                Files.deleteIfExists(file);
                LOG.info("cache over budget: evicted " + file.getFileName() + ", not needed in the next 7 days");
            }
        }
        return Math.max(0, total - budgetBytes);
    }

    /** Marks files as just needed, so eviction takes the ones the newest manifests no longer use first. */
    public void markNeeded(Collection<String> shas) {
        FileTime now = FileTime.from(Instant.now());
        for (String sha : shas) {
            try {
                Path file = path(sha);
                if (Files.isRegularFile(file)) {
                    Files.setLastModifiedTime(file, now);
                }
            } catch (IOException e) {
                LOG.fine("cannot mark " + sha + " as needed: " + e.getMessage());
            }
        }
    }

    private Path partial(String sha256) {
        return dir.resolve("." + path(sha256).getFileName() + PART);
    }

    private static FileTime lastModified(Path file) {
        try {
            return Files.getLastModifiedTime(file);
        } catch (IOException e) {
            return FileTime.fromMillis(0);
        }
    }

    private static void sync(Path file) throws IOException {
        try (FileChannel channel = FileChannel.open(file, StandardOpenOption.WRITE)) {
            channel.force(true);
        }
    }

    @Override
    public Optional<BufferedImage> image(String sha256) {
        return image(sha256, null);
    }

    /**
     * Verifies the file against its name and decodes it for {@code target} (every pixel when null),
     * reading both times from one open file, so what is decoded is what was verified and the bytes
     * are never held whole in memory.
     */
    @Override
    public Optional<BufferedImage> image(String sha256, ImageTarget target) {
        Path file = path(sha256);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        try (RandomAccessFile raf = new RandomAccessFile(file.toFile(), "r")) {
            if (sha256Of(raf).equals(sha256)) {
                raf.seek(0);
                return Optional.of(ImageDecoder.decode(new FileImageInputStream(raf), ImageDecoder.DEFAULT_MAX_PIXELS, target));
            }
        } catch (IOException | ImageDecoder.InvalidImageException e) {
            LOG.warning("cannot load cached media " + sha256 + ": " + e.getMessage());
            return Optional.empty();
        }
        // deleted once closed: the file no longer matches its name
        LOG.warning("cached media " + sha256 + " is corrupt; deleting it so it is fetched again");
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warning("cannot delete corrupt cached media " + sha256 + ": " + e.getMessage());
        }
        return Optional.empty();
    }

    private static String sha256Of(RandomAccessFile raf) throws IOException {
        MessageDigest digest = sha256Digest();
        byte[] buffer = new byte[64 * 1024];
        for (int n = raf.read(buffer); n > 0; n = raf.read(buffer)) {
            digest.update(buffer, 0, n);
        }
        return HexFormat.of().formatHex(digest.digest());
    }

    private static MessageDigest sha256Digest() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
