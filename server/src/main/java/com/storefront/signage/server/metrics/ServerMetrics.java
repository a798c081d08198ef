package com.storefront.signage.server.metrics;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.Timer;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * What the engineer running the fleet watches, in Prometheus form at {@code /metrics}: players
 * connected, how fast a change reaches them, manifest traffic, heartbeats, errors, the fleet's
 * online/offline count and the JVM. One per server instance; Prometheus sums across instances.
 */
public final class ServerMetrics {
    private final PrometheusMeterRegistry registry = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final Map<String, Counter> manifestRequests = new ConcurrentHashMap<>();
    private final Map<Integer, Counter> errors = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> displays = new ConcurrentHashMap<>();
    private final Counter heartbeats;
    private final Counter renderErrors;
    private final Counter databaseUnavailable;
    private final Timer hintLatency;

    public ServerMetrics() {
        new JvmMemoryMetrics().bindTo(registry);
        new JvmGcMetrics().bindTo(registry);
        new JvmThreadMetrics().bindTo(registry);
        new ProcessorMetrics().bindTo(registry);
        new UptimeMetrics().bindTo(registry);
        heartbeats = Counter.builder("signage.heartbeats").description("heartbeats received from players").register(registry);
        renderErrors = Counter.builder("signage.render.errors").description("failures to show a slide reported by players")
                .register(registry);
        databaseUnavailable = Counter.builder("signage.database.unavailable")
                .description("requests answered 503 because PostgreSQL was unreachable").register(registry);
        hintLatency = Timer.builder("signage.hint.latency").description("from a committed change to the hint sent to a player")
                .publishPercentiles(0.5, 0.99).publishPercentileHistogram().minimumExpectedValue(Duration.ofMillis(1))
                .maximumExpectedValue(Duration.ofSeconds(30)).register(registry);
        for (String status : new String[] {"online", "offline", "never"}) {
            AtomicLong count = new AtomicLong();
            displays.put(status, count);
            Gauge.builder("signage.displays", count, AtomicLong::get).tag("status", status)
                    .description("paired displays by connectivity, refreshed every 30 s").register(registry);
        }
    }

    /**
     * A manifest request answered with {@code status} (200 new manifest, 304 unchanged), from memory
     * (no query: the version was known) or after reading the database: the share from memory is how
     * well the fleet's polling is absorbed.
     */
    public void manifestRequest(int status, boolean fromMemory) {
        String source = fromMemory ? "memory" : "database";
        manifestRequests.computeIfAbsent(status + "|" + source, k -> Counter.builder("signage.manifest.requests")
                .description("manifest requests by answer and by where it came from").tag("status", String.valueOf(status))
                .tag("source", source).register(registry)).increment();
    }

    /** Any API error answer, by status. */
    public void error(int status) {
        errors.computeIfAbsent(status, s -> Counter.builder("signage.http.errors").description("error answers by status")
                .tag("status", String.valueOf(s)).register(registry)).increment();
    }

    public void databaseUnavailable() {
        databaseUnavailable.increment();
    }

    public void heartbeat(int renderErrorsReported) {
        heartbeats.increment();
        renderErrors.increment(renderErrorsReported);
    }

    public Timer hintLatency() {
        return hintLatency;
    }

    /** Registers the live count of players holding a hint socket to this instance. */
    public void playersConnected(Supplier<Number> connected) {
        Gauge.builder("signage.players.connected", connected).description("players with a hint socket open to this instance")
                .register(registry);
    }

    /** The fleet's connectivity as last counted. */
    public void displays(long online, long offline, long never) {
        displays.get("online").set(online);
        displays.get("offline").set(offline);
        displays.get("never").set(never);
    }

    /** The Prometheus text exposition. */
    public String scrape() {
        return registry.scrape();
    }
}
