package com.storefront.signage.server.push;

import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.pgclient.PgConnectOptions;
import io.vertx.pgclient.pubsub.PgSubscriber;
import java.util.List;
import java.util.logging.Logger;

/**
 * LISTENs on {@link ChangeNotices#CHANNEL} on a connection of its own and hands every notice to its
 * {@link ChangeObserver}s. The connection comes back by itself when it drops; since PostgreSQL
 * replays nothing sent meanwhile, observers are told when it drops (caches stop trusting what they
 * hold) and when it is back (the hub rechecks every display connected here, caches start afresh).
 */
public final class ChangeListener {
    private static final Logger LOG = Logger.getLogger(ChangeListener.class.getName());
    private static final long RECONNECT_MS = 1000;
    private final PgSubscriber subscriber;
    private boolean subscribedBefore;

    public ChangeListener(Vertx vertx, PgConnectOptions database, List<ChangeObserver> observers) {
        List<ChangeObserver> all = List.copyOf(observers);
        // the subscriber asks its policy the moment the connection drops (and after each failed retry): the
        // only word it gives of the drop itself
        this.subscriber = PgSubscriber.subscriber(vertx, database).reconnectPolicy(retries -> {
            all.forEach(ChangeObserver::deaf);
            return RECONNECT_MS;
        });
        subscriber.channel(ChangeNotices.CHANNEL)
                .subscribeHandler(v -> {
                    if (subscribedBefore) {
                        LOG.info("listening for changes again; rechecking every connected display");
                    }
                    boolean again = subscribedBefore;
                    all.forEach(o -> o.listening(again));
                    subscribedBefore = true;
                })
                .handler(payload -> {
                    ChangeNotice notice;
                    try {
                        notice = ChangeNotice.parse(payload);
                    } catch (IllegalArgumentException e) {
                        LOG.warning("ignored on " + ChangeNotices.CHANNEL + ": " + e.getMessage());
                        return;
                    }
                    all.forEach(o -> o.changed(notice));
                });
    }

    public Future<Void> start() {
        return subscriber.connect();
    }

    public Future<Void> close() {
        return subscriber.close();
    }
}
