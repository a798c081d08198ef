package com.storefront.signage.server;

import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.auth.FirstAdmin;
import com.storefront.signage.server.auth.PasswordHasher;
import com.storefront.signage.server.db.DatabaseTarget;
import com.storefront.signage.server.db.EmbeddedDatabase;
import com.storefront.signage.server.db.Migrations;
import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;

/**
 * Wires the server by hand: database (external or embedded), migrations, first admin, then the
 * HTTP verticle. {@link #start} blocks until the server listens; {@link #close} stops everything.
 */
public final class SignageServer implements AutoCloseable {
    private static final Logger LOG = Logger.getLogger(SignageServer.class.getName());

    private final Vertx vertx;
    private final Pool pool;
    private final EmbeddedDatabase embedded;
    private final ApiVerticle api;
    private final Optional<String> generatedAdminPassword;
    private final DatabaseTarget database;

    private SignageServer(Vertx vertx, Pool pool, EmbeddedDatabase embedded, ApiVerticle api,
                          Optional<String> generatedAdminPassword, DatabaseTarget database) {
        this.vertx = vertx;
        this.pool = pool;
        this.embedded = embedded;
        this.api = api;
        this.generatedAdminPassword = generatedAdminPassword;
        this.database = database;
    }

    public static SignageServer start(ServerConfig config) {
        return start(config, Clock.systemUTC());
    }

    public static SignageServer start(ServerConfig config, Clock clock) {
        EmbeddedDatabase embedded = config.databaseUrl().isPresent() ? null
                : EmbeddedDatabase.start(config.dataDir().resolve("pg"));
        DatabaseTarget target = embedded != null ? embedded.target() : DatabaseTarget.fromUrl(config.databaseUrl().get());
        Vertx vertx = null;
        try {
            var migrated = Migrations.apply(target);
            LOG.info("database " + target + ": " + migrated.migrationsExecuted + " migration(s) applied");
            vertx = Vertx.vertx();
            // while PostgreSQL restarts, a request waits at most a few seconds for a connection and then
            // gets a clear 503 (FailureHandler), instead of hanging; the pool reconnects when it is back
            Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(8).setConnectionTimeout(5)
                            .setConnectionTimeoutUnit(TimeUnit.SECONDS).setMaxWaitQueueSize(2000))
                    .with(new NetClientOptions().setConnectTimeout(3000))
                    .connectingTo(target.connectOptions()).using(vertx).build();
            PasswordHasher hasher = new PasswordHasher(vertx);
            Optional<String> generated = await(new FirstAdmin(pool, hasher)
                    .ensure(config.adminEmail(), config.adminPassword(), "Storefront"));
            TemplateCatalog catalog = TemplateCatalog.fromClassPath();
            ApiVerticle api = new ApiVerticle(config, pool, catalog, new SlideRenderer(catalog), clock);
            await(vertx.deployVerticle(api));
            return new SignageServer(vertx, pool, embedded, api, generated, target);
        } catch (RuntimeException e) {
            if (vertx != null) {
                vertx.close();
            }
            if (embedded != null) {
                embedded.close();
            }
            throw e;
        }
    }

    public int port() {
        return api.actualPort();
    }

    /** The admin password generated at this first start, to be shown once; empty otherwise. */
    public Optional<String> generatedAdminPassword() {
        return generatedAdminPassword;
    }

    public java.util.List<String> apiRoutes() {
        return api.apiRoutes();
    }

    public DatabaseTarget database() {
        return database;
    }

    public Vertx vertx() {
        return vertx;
    }

    public Pool pool() {
        return pool;
    }

    @Override
    public void close() {
        await(vertx.close());
        if (embedded != null) {
            embedded.close();
        }
    }

    static <T> T await(io.vertx.core.Future<T> future) {
        try {
            return future.toCompletionStage().toCompletableFuture().get(120, TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (java.util.concurrent.TimeoutException e) {
            throw new IllegalStateException("timed out", e);
        }
    }
}
