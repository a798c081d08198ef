package com.storefront.signage.server.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.storefront.signage.core.protocol.ProtocolJson;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.stream.Collectors;

/** Reads request bodies strictly into records and writes responses, with the shared mapping. */
public final class JsonBodies {
    private JsonBodies() {
    }

    public static <T> T read(RoutingContext ctx, Class<T> type) {
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw ApiException.invalid(null, "request body is empty; send a JSON object");
        }
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && !contentType.startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", null, "send Content-Type: application/json");
        }
        try {
            return ProtocolJson.mapper().readValue(body.getBytes(), type);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(path(e), "unknown field '" + e.getPropertyName() + "'; allowed: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            throw ApiException.invalid(fieldOf(cause, path(e)), cause.getMessage());
        } catch (InvalidFormatException e) {
            throw ApiException.invalid(path(e), "value " + e.getValue() + " is not a valid " + e.getTargetType().getSimpleName());
        } catch (MismatchedInputException e) {
            throw ApiException.invalid(path(e), "wrong type or missing value: " + e.getOriginalMessage());
        } catch (JsonMappingException e) {
            throw ApiException.invalid(path(e), e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiException.invalid(null, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.invalid(null, "unreadable body: " + e.getMessage());
        }
    }

    public static void send(RoutingContext ctx, int status, Object value) {
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(Buffer.buffer(ProtocolJson.write(value)));
    }

    public static void ok(RoutingContext ctx, Object value) {
        send(ctx, 200, value);
    }

    public static void created(RoutingContext ctx, Object value) {
        send(ctx, 201, value);
    }

    private static String path(JsonMappingException e) {
        String p = e.getPath().stream()
                .map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                .collect(Collectors.joining("."));
        return p.isEmpty() ? null : p;
    }

    /** Validation in compact constructors throws {@link FieldError} to name the field itself. */
    private static String fieldOf(Throwable cause, String fallback) {
        return cause instanceof FieldError fe ? fe.field() : fallback;
    }
}
