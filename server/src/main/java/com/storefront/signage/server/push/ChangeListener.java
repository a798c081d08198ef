package com.storefront.signage.server.push;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.logging.Logger;

/**
 * LISTENs on {@link ChangeNotices#CHANNEL} on a connection of its own and hands every notice to the
 * {@link HintHub}. The connection comes back by itself when it drops; since PostgreSQL replays
 * nothing sent meanwhile, the hub then rechecks every display connected here.
 */
public final class ChangeListener {
    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
    private static final long RECONNECT_MS = 1000;
    private final PgSubscriber subscriber;
    private boolean subscribedBefore;

    public ChangeListener(Vertx vertx, PgConnectOptions database, HintHub hub) {
        this.subscriber = PgSubscriber.subscriber(vertx, database).reconnectPolicy(retries -> RECONNECT_MS);
        subscriber.channel(ChangeNotices.CHANNEL)
                .subscribeHandler(v -> {
                    if (subscribedBefore) {
                        LOG.info("listening for changes again; rechecking every connected display");
                        hub.recheckAll();
                    }
                    subscribedBefore = true;
                })
                .handler(payload -> {
                    try {
                        hub.changed(ChangeNotice.parse(payload));
                    } catch (IllegalArgumentException e) {
                        LOG.warning("ignored on " + ChangeNotices.CHANNEL + ": " + e.getMessage());
                    }
                });
    }

    public Future<Void> start() {
        return subscriber.connect();
    }

    public Future<Void> close() {
        return subscriber.close();
    }
}
