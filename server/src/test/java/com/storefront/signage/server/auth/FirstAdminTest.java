package com.storefront.signage.server.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.storefront.signage.server.TestServer;
import com.storefront.signage.server.db.DatabaseTarget;
import com.storefront.signage.server.db.Migrations;
import io.vertx.core.Future;
import io.vertx.pgclient.PgBuilder;
import io.vertx.sqlclient.Pool;
import io.vertx.sqlclient.PoolOptions;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** Runs against a fresh database of its own in the shared embedded PostgreSQL. */
class FirstAdminTest {
    @Test
    void generatesAPasswordOnceAndOnlyOnceEvenWhenInstancesStartTogether() throws Exception {
        DatabaseTarget shared = TestServer.get().database();
        String name = "first_admin_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        await(TestServer.get().pool().query("create database " + name).execute());
        DatabaseTarget fresh = new DatabaseTarget(shared.host(), shared.port(), name, shared.user(), shared.password());
        Migrations.apply(fresh);
        var vertx = TestServer.get().vertx();
        Pool pool = PgBuilder.pool().with(new PoolOptions().setMaxSize(4)).connectingTo(fresh.connectOptions()).using(vertx).build();
        try {
            PasswordHasher hasher = new PasswordHasher(vertx);
            FirstAdmin one = new FirstAdmin(pool, hasher);
            FirstAdmin two = new FirstAdmin(pool, hasher);
            Future<Optional<String>> a = one.ensure("Admin@Shop.example", Optional.empty(), "Shop");
            Future<Optional<String>> b = two.ensure("Admin@Shop.example", Optional.empty(), "Shop");
            List<Optional<String>> results = List.of(await(a), await(b));

            assertEquals(1, results.stream().filter(Optional::isPresent).count(), "exactly one start prints a password");
            String password = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
            assertTrue(password.length() >= 16);
            var rows = await(pool.query("select email, role, password_hash from users").execute());
            assertEquals(1, rows.size());
            var row = rows.iterator().next();
            assertEquals("admin@shop.example", row.getString("email"));
            assertEquals("admin", row.getString("role"));
            assertTrue(await(hasher.verify(password, row.getString("password_hash"))));
            assertEquals(Optional.empty(), await(one.ensure("admin@shop.example", Optional.empty(), "Shop")), "later starts print nothing");
        } finally {
            await(pool.close());
        }
    }

    private static <T> T await(Future<T> f) throws Exception {
        return f.toCompletionStage().toCompletableFuture().get(60, TimeUnit.SECONDS);
    }
}
