package com.storefront.signage.node;

import static org.junit.jupiter.api.Assertions.fail;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.play.FrameInfo;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;

/** Bounded waits on what a running player leaves on disk: every 100 ms, for up to 15 s. */
final class Eventually {
    private static final long TIMEOUT_MS = 15_000;
    private static final long STEP_MS = 100;

    private Eventually() {
    }

    /** Waits until current.json in {@code outputDir} describes a frame that {@code wanted} accepts, and returns it. */
    static FrameInfo frame(Path outputDir, Predicate<FrameInfo> wanted, String description) {
        AtomicReference<FrameInfo> last = new AtomicReference<>();
        try {
            that(() -> {
                last.set(currentFrame(outputDir).orElse(null));
                return last.get() != null && wanted.test(last.get());
            }, description);
        } catch (AssertionError e) {
            throw new AssertionError(e.getMessage() + "; last frame: " + last.get(), e);
        }
        return last.get();
    }

    static void that(BooleanSupplier condition, String description) {
        long deadline = System.nanoTime() + TIMEOUT_MS * 1_000_000;
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            try {
                Thread.sleep(STEP_MS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError("interrupted waiting for " + description, e);
            }
        }
        fail("timed out after " + TIMEOUT_MS + " ms waiting for " + description);
    }

    /** The frame on screen as the output describes it, if one was shown yet. */
    static Optional<FrameInfo> currentFrame(Path outputDir) {
        Path json = outputDir.resolve("current.json");
        if (!Files.isRegularFile(json)) {
            return Optional.empty();
        }
        try {
            return Optional.of(ProtocolJson.read(Files.readAllBytes(json), FrameInfo.class));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
