package com.storefront.signage.node;

import static com.storefront.signage.node.SampleManifests.manifest;
import static com.storefront.signage.node.SampleManifests.promotion;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.sync.DeviceState;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Power loss at any moment: the real player runs as its own process and is killed with SIGKILL at
 * random points while it syncs over a slow link, many times in a row. After every kill the data
 * directory must be consistent (every cached file intact, the saved manifest readable with all its
 * media present, the token untouched), a restart without the server must play what was saved, and
 * in the end the player must reach the newest manifest.
 */
class PlayerSurvivesSigkillTest {
    private static final String TOKEN = "device-token-kill";
    private static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final int ROUNDS = 20;
    /** About 0.4 s per new image on the slow link, more on a busy machine. */
    private static final int BYTES_PER_SECOND = 3_000_000;

    @TempDir
    Path data;
    @TempDir
    Path out;
    @TempDir
    Path logs;

    @Test
    void cacheStaysConsistentAndPlaybackCorrectAfterKillsAtRandomPointsDuringSync() throws Exception {
        long seed = System.nanoTime();
        Random random = new Random(seed);
        String context = "seed " + seed + "; player logs in " + logs;
        new DeviceState(data).saveToken(TOKEN);
        int killedMidDownload = 0;
        try (StandInCms cms = StandInCms.start(TOKEN)) {
            cms.throttleMedia(BYTES_PER_SECOND);
            SampleMedia kept = SampleMedia.noisePng(-1, 600, 600);
            cms.serveMedia(kept.sha256(), kept.bytes());
            for (int round = 0; round < ROUNDS; round++) {
                // every round brings a new image, so every run has a download to interrupt
                SampleMedia fresh = SampleMedia.noisePng(round, 600, 600);
                cms.serveMedia(fresh.sha256(), fresh.bytes());
                cms.publish(manifest("v" + round, promotion("slide-a", kept.sha256()), promotion("slide-b" + round, fresh.sha256())));

                Process player = startPlayer(cms.uri().toString(), round);
                if (round % 3 == 2) {
                    // anywhere from start-up on, whatever the player is doing by then
                    Thread.sleep(random.nextInt(2500));
                } else {
                    // inside the sync: once the new download has begun, up to past its end and the switch after it
                    awaitDownloadStart(cms, fresh.sha256(), player);
                    Thread.sleep(random.nextInt(2500));
                }
                kill(player);

                boolean partial = hasPartialDownload(fresh.sha256());
                if (partial) {
                    killedMidDownload++;
                }
                System.out.println("kill " + round + ": " + (partial ? "mid-download" : "between downloads") + ", saved manifest "
                        + new DeviceState(data).manifest().map(Manifest::version).orElse("none"));
                assertConsistent("after kill " + round + " (" + context + ")");
                if (round % 4 == 3) {
                    playsWhatWasSavedWithoutTheServer("after kill " + round + " (" + context + ")");
                }
            }

            cms.publish(manifest("final", promotion("slide-a", kept.sha256()), promotion("slide-z", SampleMedia.noisePng(99, 600, 600)
                    .sha256())));
            SampleMedia last = SampleMedia.noisePng(99, 600, 600);
            cms.serveMedia(last.sha256(), last.bytes());
            Process player = startPlayer(cms.uri().toString(), ROUNDS);
            try {
                FrameInfo frame = awaitFrame(f -> "final".equals(f.manifestVersion()), "a frame of the final manifest (" + context + ")");
                assertTrue(frame.itemId().contains("slide-a") || frame.itemId().contains("slide-z"), frame.itemId());
            } finally {
                kill(player);
            }
        }
        assertConsistent("at the end (" + context + ")");
        assertFalse(hasPartialDownload(null), "downloads left half done by kills are resumed, or dropped once no manifest needs them");
        assertTrue(killedMidDownload > 0, "no kill landed inside a download in " + ROUNDS + " rounds; the test did not test (" + context + ")");
    }

    private Process startPlayer(String server, int round) throws IOException {
        ProcessBuilder builder = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx160m", "-Djava.awt.headless=true", "-cp", System.getProperty("java.class.path"),
                PlayerMain.class.getName(), "--server", server, "--data", data.toString(), "--output", out.toString(),
                "--display-class", "hd-landscape", "--poll-seconds", "1");
        builder.redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.appendTo(logs.resolve("player-" + round + ".log").toFile()));
        return builder.start();
    }

    private static void awaitDownloadStart(StandInCms cms, String sha256, Process player) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (cms.mediaRequests(sha256) == 0) {
            if (!player.isAlive() || System.nanoTime() > deadline) {
                fail("the player never started downloading " + sha256);
            }
            Thread.sleep(5);
        }
    }

    private static void kill(Process player) throws InterruptedException {
        player.destroyForcibly(); // SIGKILL: no shutdown hook, no finally blocks, like pulling the plug
        if (!player.waitFor(10, TimeUnit.SECONDS)) {
            fail("player process did not die");
        }
    }

    /** With the server unreachable, a restart plays the manifest that was saved, if any survived. */
    private void playsWhatWasSavedWithoutTheServer(String when) throws Exception {
        Optional<Manifest> saved = new DeviceState(data).manifest();
        if (saved.isEmpty()) {
            return;
        }
        Files.deleteIfExists(out.resolve("current.json"));
        Process player = startPlayer("http://127.0.0.1:9", -1);
        try {
            awaitFrame(f -> saved.get().version().equals(f.manifestVersion()), "offline playback of " + saved.get().version() + " " + when);
        } finally {
            kill(player);
        }
        assertConsistent(when + ", after the offline restart");
    }

    private void assertConsistent(String when) throws IOException {
        Path media = data.resolve("media");
        List<String> cached = new ArrayList<>();
        if (Files.isDirectory(media)) {
            try (Stream<Path> files = Files.list(media)) {
                for (Path file : files.toList()) {
                    String name = file.getFileName().toString();
                    if (SHA256.matcher(name).matches()) {
                        assertEquals(name, SampleMedia.sha256(Files.readAllBytes(file)), "cached file " + name + " is not what its name says, " + when);
                        cached.add(name);
                    }
                }
            }
        }
        Path manifestFile = data.resolve("manifest.json");
        if (Files.exists(manifestFile)) {
            Manifest saved = ProtocolJson.read(Files.readAllBytes(manifestFile), Manifest.class); // must parse: written atomically
            for (String sha : saved.mediaNeeded()) {
                assertTrue(cached.contains(sha), "saved manifest " + saved.version() + " needs " + sha + " which is not cached, " + when);
            }
        }
        assertEquals(TOKEN, Files.readString(data.resolve("device-token"), StandardCharsets.UTF_8).trim(), "token, " + when);
    }

    /** Whether a half-downloaded file is in the cache, of {@code sha256} or (null) of anything. */
    private boolean hasPartialDownload(String sha256) throws IOException {
        Path media = data.resolve("media");
        if (!Files.isDirectory(media)) {
            return false;
        }
        try (Stream<Path> files = Files.list(media)) {
            return files.map(f -> f.getFileName().toString())
                    .anyMatch(name -> name.endsWith(".part") && (sha256 == null || name.startsWith("." + sha256)));
        }
    }

    private FrameInfo awaitFrame(java.util.function.Predicate<FrameInfo> wanted, String description) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
        while (System.nanoTime() < deadline) {
            try {
                Optional<FrameInfo> frame = Eventually.currentFrame(out);
                if (frame.isPresent() && wanted.test(frame.get())) {
                    return frame.get();
                }
            } catch (UncheckedIOException e) {
                // mid-write by the other process: look again
            }
            Thread.sleep(100);
        }
        fail("timed out waiting for " + description);
        return null;
    }
}
