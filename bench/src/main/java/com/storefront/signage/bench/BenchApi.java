package com.storefront.signage.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.storefront.signage.core.protocol.ProtocolJson;
import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

/** The CMS API over HTTP as the web UI uses it, with a session cookie; enough to seed a bench. */
final class BenchApi {
    private final String base;
    private final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

    BenchApi(String base) {
        this.base = base;
    }

    JsonNode send(String method, String path, Object body, Map<String, String> headers) throws IOException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).method(method, body == null
                ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(ProtocolJson.write(body)));
        if (body != null) {
            request.header("Content-Type", "application/json");
        }
        headers.forEach(request::header);
        try {
            HttpResponse<byte[]> r = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            if (r.statusCode() >= 300) {
                throw new IOException(method + " " + path + ": HTTP " + r.statusCode() + " " + new String(r.body()));
            }
            return r.body().length == 0 ? null : ProtocolJson.mapper().readTree(r.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IOException(e);
        }
    }

    JsonNode post(String path, Object body) throws IOException {
        return send("POST", path, body, Map.of());
    }

    JsonNode put(String path, Object body) throws IOException {
        return send("PUT", path, body, Map.of());
    }
}
