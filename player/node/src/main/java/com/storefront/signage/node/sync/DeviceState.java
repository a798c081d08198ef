package com.storefront.signage.node.sync;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.cache.AtomicFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.logging.Logger;

/**
 * What the player keeps across restarts in its data directory: its device token and the last
 * manifest whose media were all verified. Both are written atomically.
 */
public final class DeviceState {
    private static final Logger LOG = Logger.getLogger(DeviceState.class.getName());
    private final Path tokenFile;
    private final Path manifestFile;

    public DeviceState(Path dataDir) {
        this.tokenFile = dataDir.resolve("device-token");
        this.manifestFile = dataDir.resolve("manifest.json");
        try {
            AtomicFiles.deleteLeftovers(dataDir, ".tmp");
        } catch (IOException e) {
            LOG.warning("cannot clean up temp files in " + dataDir + ": " + e.getMessage());
        }
    }

    public Optional<String> token() throws IOException {
        if (!Files.isRegularFile(tokenFile)) {
            return Optional.empty();
        }
        String token = Files.readString(tokenFile, StandardCharsets.UTF_8).trim();
        return token.isEmpty() ? Optional.empty() : Optional.of(token);
    }

    public void saveToken(String token) throws IOException {
        AtomicFiles.write(tokenFile, token.getBytes(StandardCharsets.UTF_8));
    }

    public void forgetToken() throws IOException {
        Files.deleteIfExists(tokenFile);
    }

    /** The last good manifest, so a player that restarts without network plays at once. */
    public Optional<Manifest> manifest() {
        try {
            return Files.isRegularFile(manifestFile)
                    ? Optional.of(ProtocolJson.read(Files.readAllBytes(manifestFile), Manifest.class))
                    : Optional.empty();
        } catch (IOException | RuntimeException e) {
            LOG.warning("ignoring unreadable saved manifest: " + e.getMessage());
            return Optional.empty();
        }
    }

    public void saveManifest(Manifest manifest) throws IOException {
        AtomicFiles.write(manifestFile, ProtocolJson.write(manifest));
    }
}
