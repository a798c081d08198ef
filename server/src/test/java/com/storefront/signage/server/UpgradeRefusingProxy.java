package com.storefront.signage.server;

import com.storefront.signage.core.protocol.DeviceHeaders;
import com.storefront.signage.core.protocol.PushMessage;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A load balancer that passes plain HTTP through to the server but refuses WebSocket upgrades
 * (503), as some proxies do. Forwards only the headers the device protocol uses.
 */
final class UpgradeRefusingProxy implements AutoCloseable {
    private static final List<String> REQUEST_HEADERS = List.of("Authorization", "Content-Type", "If-None-Match", DeviceHeaders.CLOCK_SKEW);
    private static final List<String> RESPONSE_HEADERS = List.of("Content-Type", "ETag", "Cache-Control", DeviceHeaders.SERVER_TIME);

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final HttpClient http = HttpClient.newHttpClient();
    private final String target;
    final AtomicInteger refusedUpgrades = new AtomicInteger();

    UpgradeRefusingProxy(String target) throws IOException {
        this.target = target;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", this::forward);
        server.setExecutor(executor);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    private void forward(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (exchange.getRequestURI().getPath().equals(PushMessage.PATH)) {
                refusedUpgrades.incrementAndGet();
                exchange.sendResponseHeaders(503, -1);
                return;
            }
            byte[] body = exchange.getRequestBody().readAllBytes();
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + exchange.getRequestURI()))
                    .method(exchange.getRequestMethod(), body.length == 0 ? HttpRequest.BodyPublishers.noBody()
                            : HttpRequest.BodyPublishers.ofByteArray(body));
            REQUEST_HEADERS.forEach(h -> {
                String value = exchange.getRequestHeaders().getFirst(h);
                if (value != null) {
                    request.header(h, value);
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            RESPONSE_HEADERS.forEach(h -> response.headers().firstValue(h).ifPresent(v -> exchange.getResponseHeaders().set(h, v)));
            byte[] answer = response.body();
            exchange.sendResponseHeaders(response.statusCode(), answer.length == 0 ? -1 : answer.length);
            if (answer.length > 0) {
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(answer);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }
}
