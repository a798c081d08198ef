package com.storefront.signage.server;

import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.auth.AuthRoutes;
import com.storefront.signage.server.auth.PasswordHasher;
import com.storefront.signage.server.auth.SessionHandler;
import com.storefront.signage.server.auth.SessionStore;
import com.storefront.signage.server.auth.UserRepository;
import com.storefront.signage.server.campaign.CampaignRepository;
import com.storefront.signage.server.campaign.CampaignRoutes;
import com.storefront.signage.server.command.CommandDelivery;
import com.storefront.signage.server.command.CommandRepository;
import com.storefront.signage.server.command.CommandRoutes;
import com.storefront.signage.server.device.DeviceAuthHandler;
import com.storefront.signage.server.device.DeviceRoutes;
import com.storefront.signage.server.device.DeviceTokens;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.display.DisplayRoutes;
import com.storefront.signage.server.display.Sightings;
import com.storefront.signage.server.http.Bodies;
import com.storefront.signage.server.http.FailureHandler;
import com.storefront.signage.server.http.HealthRoutes;
import com.storefront.signage.server.http.OpenApiRoute;
import com.storefront.signage.server.interruption.InterruptionRepository;
import com.storefront.signage.server.interruption.InterruptionRoutes;
import com.storefront.signage.server.schedule.ScheduleLoader;
import com.storefront.signage.server.schedule.ScheduleRoutes;
import com.storefront.signage.server.manifest.ManifestService;
import com.storefront.signage.server.media.MediaRepository;
import com.storefront.signage.server.media.MediaRoutes;
import com.storefront.signage.server.metrics.MetricsRoutes;
import com.storefront.signage.server.metrics.ServerMetrics;
import com.storefront.signage.server.organisation.OrganisationRoutes;
import com.storefront.signage.server.pairing.PairingRepository;
import com.storefront.signage.server.pairing.PairingRoutes;
import com.storefront.signage.server.playlist.PlaylistRepository;
import com.storefront.signage.server.push.ChangeListener;
import com.storefront.signage.server.push.ChangeNotices;
import com.storefront.signage.server.push.HintHub;
import com.storefront.signage.server.push.HintRoutes;
import com.storefront.signage.server.playlist.PlaylistRoutes;
import com.storefront.signage.server.proof.PlayReportRoutes;
import com.storefront.signage.server.proof.PlayRepository;
import com.storefront.signage.server.slide.SlideRepository;
import com.storefront.signage.server.slide.SlideRoutes;
import com.storefront.signage.server.store.StoreRepository;
import com.storefront.signage.server.store.StoreRoutes;
import io.vertx.core.Future;
import io.vertx.core.VerticleBase;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.HttpServerOptions;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.util.List;

/** The HTTP API and the web UI. Every feature mounts its own routes; one failure handler answers all errors. */
public final class ApiVerticle extends VerticleBase {
    private final ServerConfig config;
    private final Pool pool;
    private final PgConnectOptions database;
    private final TemplateCatalog catalog;
    private final SlideRenderer renderer;
    private final Clock clock;
    private final ServerMetrics metrics = new ServerMetrics();
    private HttpServer server;
    private Router router;
    private HintHub hints;
    private HintRoutes hintRoutes;
    private ChangeListener changes;
    private ManifestService manifests;
    private DeviceTokens tokens;
    private Sightings sightings;
    private DeviceAuthHandler deviceAuth;

    public ApiVerticle(ServerConfig config, Pool pool, PgConnectOptions database, TemplateCatalog catalog, SlideRenderer renderer,
                       Clock clock) {
        this.config = config;
        this.pool = pool;
        this.database = database;
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        manifests = new ManifestService(new DisplayRepository(pool), new StoreRepository(pool), new ScheduleLoader(pool), catalog, clock);
        tokens = new DeviceTokens(pool);
        sightings = new Sightings(pool);
        deviceAuth = new DeviceAuthHandler(tokens, sightings, clock);
        hints = new HintHub(vertx, pool, manifests, clock, Duration.ofSeconds(config.pushPingSeconds()),
                latency -> metrics.hintLatency().record(latency));
        metrics.playersConnected(hints::connectionCount);
        changes = new ChangeListener(vertx, database, List.of(manifests, tokens, hints));
        hintRoutes = new HintRoutes(deviceAuth, hints);
        router = router();
        sightings.start(vertx);
        // hint sockets are many and carry only small hints: small frames, no per-socket compression buffers
        HttpServerOptions options = new HttpServerOptions().setMaxWebSocketFrameSize(4096).setMaxWebSocketMessageSize(4096)
                .setPerMessageWebSocketCompressionSupported(false).setPerFrameWebSocketCompressionSupported(false);
        return changes.start()
                .onSuccess(x -> hints.start())
                .compose(x -> vertx.createHttpServer(options).requestHandler(router)
                        .webSocketHandshakeHandler(hintRoutes::handshake).webSocketHandler(socket -> { })
                        .listen(config.port(), config.host()))
                .onSuccess(s -> server = s);
    }

    @Override
    public Future<?> stop() {
        // sockets first, told the server is going away; then no new connection finds the database pool closed
        return hints.stop().eventually(() -> server == null ? Future.succeededFuture() : server.close())
                .eventually(() -> sightings.stop(vertx))
                .eventually(() -> changes.close());
    }

    /** The hint sockets of this instance. */
    public HintHub hints() {
        return hints;
    }

    public ServerMetrics metrics() {
        return metrics;
    }

    public int actualPort() {
        return server.actualPort();
    }

    /** Method and path of every API route, as mounted; the OpenAPI document must list exactly these. */
    public java.util.List<String> apiRoutes() {
        return router.getRoutes().stream()
                .filter(r -> r.getPath() != null && r.methods() != null && !r.methods().isEmpty())
                .flatMap(r -> r.methods().stream().map(m -> m.name() + " " + r.getPath()))
                .sorted().toList();
    }

    Router router() {
        Router router = Router.router(vertx);
        DeviceRoutes device = new DeviceRoutes(deviceAuth, manifests, new MediaRepository(pool), pool, metrics);
        device.mountManifest(router);
        router.route("/api/v1/*").handler(new Bodies(config.maxBodyBytes(), config.maxUploadBytes()));
        router.route("/api/v1/*").handler(new SessionHandler(new SessionStore(pool)));

        UserRepository users = new UserRepository(pool);
        StoreRepository stores = new StoreRepository(pool);
        DisplayRepository displays = new DisplayRepository(pool);
        MediaRepository media = new MediaRepository(pool);
        PlaylistRepository playlists = new PlaylistRepository(pool);
        CampaignRepository campaigns = new CampaignRepository(pool);
        ScheduleLoader scheduleLoader = new ScheduleLoader(pool);
        // this instance's caches hear its own edits before the answer goes out; the hub hears them through LISTEN
        ChangeNotices notices = new ChangeNotices(pool, clock, List.of(manifests, tokens));

        new HealthRoutes(pool).mount(router);
        new OpenApiRoute().mount(router);
        new AuthRoutes(users, new SessionStore(pool), new PasswordHasher(vertx)).mount(router);
        new OrganisationRoutes(pool, notices).mount(router);
        new StoreRoutes(stores, notices).mount(router);
        new DisplayRoutes(displays, notices, sightings).mount(router);
        new PairingRoutes(new PairingRepository(pool), stores, notices, clock).mount(router);
        new MediaRoutes(vertx, media).mount(router);
        new SlideRoutes(vertx, new SlideRepository(pool), media, catalog, renderer, notices).mount(router);
        new PlaylistRoutes(playlists, notices).mount(router);
        new CampaignRoutes(pool, campaigns, playlists, notices).mount(router);
        new InterruptionRoutes(pool, new InterruptionRepository(pool), playlists, stores, clock, notices).mount(router);
        new ScheduleRoutes(vertx, pool, displays, stores, campaigns, scheduleLoader, catalog, clock, config.minBatteryDays()).mount(router);
        device.mount(router);
        CommandRepository commands = new CommandRepository(pool);
        CommandDelivery delivery = new CommandDelivery(commands, hints, notices, clock);
        hints.listen(delivery);
        new CommandRoutes(vertx, displays, commands, delivery, deviceAuth).mount(router);
        hintRoutes.mount(router);
        MetricsRoutes metricsRoutes = new MetricsRoutes(metrics, config.metricsToken());
        metricsRoutes.mount(router);
        metricsRoutes.countFleet(vertx, pool);
        new PlayReportRoutes(new PlayRepository(pool)).mount(router);

        router.route("/api/*").handler(ctx -> ctx.fail(404));
        router.route("/*").handler(ctx -> {
            // the UI has no inline script or style, so a strict policy costs nothing
            ctx.response().putHeader("Content-Security-Policy", "default-src 'self'; img-src 'self' data:; frame-ancestors 'none'")
                    .putHeader("X-Content-Type-Options", "nosniff")
                    .putHeader("Referrer-Policy", "same-origin");
            ctx.next();
        });
        router.route("/*").handler(StaticHandler.create("webroot").setCachingEnabled(false));
        router.route().failureHandler(new FailureHandler(config.maxBodyBytes(), config.maxUploadBytes(), metrics));
        return router;
    }
}
