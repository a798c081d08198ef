package com.storefront.signage.server;

import com.storefront.signage.core.protocol.ManifestHint;
import com.storefront.signage.node.sync.HintChannel;
import com.storefront.signage.node.sync.ReconnectBackoff;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

/** A player's hint channel without the player: records what arrives and when (System.nanoTime). */
final class HintRecorder implements HintChannel.Listener, AutoCloseable {
    record Hint(String version, long atNanos) {
    }

    record Retry(int attempt, long delayMillis) {
    }

    static final ScheduledExecutorService TIMER = Executors.newScheduledThreadPool(1, r -> {
        Thread t = new Thread(r, "test-hint-timer");
        t.setDaemon(true);
        return t;
    });
    static final HttpClient HTTP = HttpClient.newHttpClient();

    final List<Hint> hints = new CopyOnWriteArrayList<>();
    final List<Long> opens = new CopyOnWriteArrayList<>();
    final List<Retry> retries = new CopyOnWriteArrayList<>();
    final AtomicInteger closes = new AtomicInteger();
    final AtomicInteger refusals = new AtomicInteger();
    final HintChannel channel;

    HintRecorder(String baseUrl, ReconnectBackoff backoff, Duration stableAfter) {
        channel = new HintChannel(URI.create(baseUrl), HTTP, TIMER, backoff, Duration.ofSeconds(90), stableAfter, this);
    }

    /** Opens a channel that retries quickly (within a second at first), seeded so a failure can be replayed. */
    static HintRecorder open(String baseUrl, String token) {
        HintRecorder r = new HintRecorder(baseUrl, new ReconnectBackoff(Duration.ofSeconds(1), Duration.ofSeconds(10),
                new SplittableRandom(token.hashCode())), Duration.ofSeconds(30));
        r.channel.open(token);
        return r;
    }

    @Override
    public void onHint(ManifestHint hint) {
        hints.add(new Hint(hint.version(), System.nanoTime()));
    }

    @Override
    public void onOpen() {
        opens.add(System.nanoTime());
    }

    @Override
    public void onClosed() {
        closes.incrementAndGet();
    }

    @Override
    public void onRefused() {
        refusals.incrementAndGet();
    }

    @Override
    public void onRetryScheduled(int attempt, long delayMillis) {
        retries.add(new Retry(attempt, delayMillis));
    }

    String lastVersion() {
        return hints.isEmpty() ? null : hints.get(hints.size() - 1).version();
    }

    @Override
    public void close() {
        channel.close();
    }

    static void await(BooleanSupplier condition, Duration timeout, String what) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out after " + timeout.toMillis() + " ms waiting for " + what);
            }
            TimeUnit.MILLISECONDS.sleep(20);
        }
    }
}
