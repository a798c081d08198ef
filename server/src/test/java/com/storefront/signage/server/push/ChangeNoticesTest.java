package com.storefront.signage.server.push;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.vertx.core.Vertx;
import io.vertx.core.net.NetClientOptions;
import io.vertx.pgclient.PgBuilder;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.sqlclient.Pool;
import java.net.ServerSocket;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * An instance's own caches hear its edits before the NOTIFY goes out, and even when it cannot go
 * out: the instance that made an edit never answers with what the edit replaced, whatever LISTEN does.
 */
class ChangeNoticesTest {
    @Test
    void thisInstanceHearsItsOwnEditEvenWhenTheNoticeCannotBeSent() throws Exception {
        int closedPort;
        try (ServerSocket s = new ServerSocket(0)) {
            closedPort = s.getLocalPort();
        }
        Vertx vertx = Vertx.vertx();
        try {
            // nothing listens on this port: every NOTIFY fails to be sent
            Pool nowhere = PgBuilder.pool().with(new NetClientOptions().setConnectTimeout(2000))
                    .connectingTo(new PgConnectOptions().setHost("127.0.0.1").setPort(closedPort).setUser("nobody").setDatabase("none"))
                    .using(vertx).build();
            List<ChangeNotice> heard = new ArrayList<>();
            ChangeNotices notices = new ChangeNotices(nowhere, Clock.systemUTC(), List.of(heard::add));
            ChangeNotice edit = new ChangeNotice(UUID.randomUUID(), ChangeKind.CAMPAIGN, UUID.randomUUID(), Instant.now());

            var announced = notices.announce(edit);
            assertEquals(List.of(edit), heard, "heard before anything was sent");

            announced.toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
            assertTrue(announced.succeeded(), "a notice that cannot be sent does not fail the edit");
            assertEquals(List.of(edit), heard);
        } finally {
            vertx.close().toCompletionStage().toCompletableFuture().get(30, TimeUnit.SECONDS);
        }
    }
}
