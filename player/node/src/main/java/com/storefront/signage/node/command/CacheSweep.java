package com.storefront.signage.node.command;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Set;

/**
 * The cache half of "clear cache": every file in the media directory the manifest does not need
 * goes (older media, partial downloads), and every needed file is hashed again and deleted if its
 * bytes no longer match, for the player to fetch afresh. Files the screen uses stay while they
 * are sound, so the screen never goes blank.
 */
public final class CacheSweep {
    private CacheSweep() {
    }

    public record Result(int deleted, int corrupt, int kept) {
    }

    public static Result sweep(Path mediaDir, Set<String> needed) throws IOException {
        int deleted = 0;
        int corrupt = 0;
        int kept = 0;
        try (DirectoryStream<Path> files = Files.newDirectoryStream(mediaDir)) {
            for (Path file : files) {
                String name = file.getFileName().toString();
                if (!Files.isRegularFile(file)) {
                    continue;
                }
                if (!needed.contains(name)) {
                    Files.deleteIfExists(file);
                    deleted++;
                } else if (!sha256(file).equals(name)) {
                    Files.deleteIfExists(file);
                    corrupt++;
                } else {
                    kept++;
                }
            }
        }
        return new Result(deleted, corrupt, kept);
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

}
