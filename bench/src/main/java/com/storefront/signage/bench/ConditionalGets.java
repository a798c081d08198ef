package com.storefront.signage.bench;

import io.vertx.core.Future;
import io.vertx.core.Promise;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpClient;
import io.vertx.core.http.HttpClientOptions;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.PoolOptions;
import io.vertx.core.http.RequestOptions;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A closed-loop load of conditional GETs: {@code lanes} keep-alive connections, each sending the
 * next request as soon as the previous answer arrived, for a fixed time. Our server and nginx are
 * driven by this same client with the same lanes and duration, so the client's own cost weighs on
 * both alike.
 */
final class ConditionalGets {
    /** One request shape: its headers (device token, {@code If-None-Match}). */
    record Request(String uri, List<String[]> headers) {
    }

    /** What one run answered: 304s, anything else, and the seconds it lasted. */
    record Result(long notModified, long other, double seconds) {
        double perSecond() {
            return notModified / seconds;
        }
    }

    private ConditionalGets() {
    }

    static Result run(Vertx vertx, String host, int port, List<Request> requests, int lanes, double seconds) {
        HttpClient http = vertx.createHttpClient(new HttpClientOptions().setKeepAlive(true).setDefaultHost(host).setDefaultPort(port),
                new PoolOptions().setHttp1MaxSize(lanes).setMaxWaitQueueSize(-1));
        AtomicLong notModified = new AtomicLong();
        AtomicLong other = new AtomicLong();
        AtomicLong next = new AtomicLong();
        long start = System.nanoTime();
        long end = start + (long) (seconds * 1e9);
        Future<?>[] done = new Future<?>[lanes];
        for (int i = 0; i < lanes; i++) {
            Promise<Void> lane = Promise.promise();
            loop(http, requests, next, end, notModified, other, lane);
            done[i] = lane.future();
        }
        Future.all(List.of(done)).toCompletionStage().toCompletableFuture().join();
        double took = (System.nanoTime() - start) / 1e9;
        http.close().toCompletionStage().toCompletableFuture().join();
        return new Result(notModified.get(), other.get(), took);
    }

    private static void loop(HttpClient http, List<Request> requests, AtomicLong next, long end, AtomicLong notModified,
                             AtomicLong other, Promise<Void> lane) {
        if (System.nanoTime() >= end) {
            lane.complete();
            return;
        }
        Request shape = requests.get((int) (next.getAndIncrement() % requests.size()));
        RequestOptions options = new RequestOptions().setMethod(HttpMethod.GET).setURI(shape.uri());
        shape.headers().forEach(h -> options.addHeader(h[0], h[1]));
        http.request(options).compose(r -> r.send().compose(response -> response.end().map(v -> response.statusCode())))
                .onComplete(status -> {
                    if (status.succeeded() && status.result() == 304) {
                        notModified.incrementAndGet();
                    } else {
                        other.incrementAndGet();
                    }
                    loop(http, requests, next, end, notModified, other, lane);
                });
    }
}
