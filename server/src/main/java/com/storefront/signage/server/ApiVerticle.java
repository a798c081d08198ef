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
import com.storefront.signage.server.device.DeviceAuthHandler;
import com.storefront.signage.server.device.DeviceRoutes;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.display.DisplayRoutes;
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
import io.vertx.ext.web.Router;
import io.vertx.ext.web.handler.StaticHandler;
import io.vertx.sqlclient.Pool;
import java.time.Clock;

/** The HTTP API and the web UI. Every feature mounts its own routes; one failure handler answers all errors. */
public final class ApiVerticle extends VerticleBase {
    private final ServerConfig config;
    private final Pool pool;
    private final TemplateCatalog catalog;
    private final SlideRenderer renderer;
    private final Clock clock;
    private final ServerMetrics metrics = new ServerMetrics();
    private HttpServer server;
    private Router router;

    public ApiVerticle(ServerConfig config, Pool pool, TemplateCatalog catalog, SlideRenderer renderer, Clock clock) {
        this.config = config;
        this.pool = pool;
        this.catalog = catalog;
        this.renderer = renderer;
        this.clock = clock;
    }

    @Override
    public Future<?> start() {
        router = router();
        return vertx.createHttpServer().requestHandler(router).listen(config.port(), config.host())
                .onSuccess(s -> server = s);
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
        router.route("/api/v1/*").handler(new Bodies(config.maxBodyBytes(), config.maxUploadBytes()));
        router.route("/api/v1/*").handler(new SessionHandler(new SessionStore(pool)));

        UserRepository users = new UserRepository(pool);
        StoreRepository stores = new StoreRepository(pool);
        DisplayRepository displays = new DisplayRepository(pool);
        MediaRepository media = new MediaRepository(pool);
        PlaylistRepository playlists = new PlaylistRepository(pool);
        CampaignRepository campaigns = new CampaignRepository(pool);
        ScheduleLoader scheduleLoader = new ScheduleLoader(pool);
        ManifestService manifests = new ManifestService(displays, stores, scheduleLoader, catalog, clock);

        new HealthRoutes(pool).mount(router);
        new OpenApiRoute().mount(router);
        new AuthRoutes(users, new SessionStore(pool), new PasswordHasher(vertx)).mount(router);
        new OrganisationRoutes(pool).mount(router);
        new StoreRoutes(stores).mount(router);
        new DisplayRoutes(displays).mount(router);
        new PairingRoutes(new PairingRepository(pool), stores).mount(router);
        new MediaRoutes(vertx, media).mount(router);
        new SlideRoutes(vertx, new SlideRepository(pool), media, catalog, renderer).mount(router);
        new PlaylistRoutes(playlists).mount(router);
        new CampaignRoutes(pool, campaigns, playlists).mount(router);
        new InterruptionRoutes(pool, new InterruptionRepository(pool), playlists, stores, clock).mount(router);
        new ScheduleRoutes(vertx, pool, displays, stores, campaigns, scheduleLoader, catalog, clock, config.minBatteryDays()).mount(router);
        new DeviceRoutes(new DeviceAuthHandler(pool, clock), manifests, media, pool, metrics).mount(router);
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
