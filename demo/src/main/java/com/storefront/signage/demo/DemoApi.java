package com.storefront.signage.demo;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** The demo drives the server through its public API, as an admin in a browser would. */
final class DemoApi {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    DemoApi(String base) {
        this.base = base;
    }

    JsonNode get(String path) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
    }

    JsonNode post(String path, Object body) throws IOException {
        return send(json("POST", path, body), 201, 200);
    }

    JsonNode put(String path, Object body) throws IOException {
        return send(json("PUT", path, body), 200);
    }

    JsonNode upload(String name, String contentType, byte[] bytes) throws IOException {
        return send(HttpRequest.newBuilder(URI.create(base + "/api/v1/media?name=" + name))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofByteArray(bytes)), 201, 200);
    }

    private HttpRequest.Builder json(String method, String path, Object body) {
        return HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
                .method(method, HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(body)));
    }

    private JsonNode send(HttpRequest.Builder request, int... ok) throws IOException {
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            for (int status : ok) {
                if (r.statusCode() == status) {
                    return r.body().length == 0 ? null : ProtocolJson.mapper().readTree(r.body());
                }
            }
            throw new IOException(r.request().method() + " " + r.uri().getPath() + " -> HTTP " + r.statusCode() + ": "
                    + new String(r.body(), StandardCharsets.UTF_8));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }
}
