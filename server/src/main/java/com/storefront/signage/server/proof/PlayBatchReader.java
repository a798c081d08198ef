package com.storefront.signage.server.proof;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.storefront.signage.core.protocol.InvalidField;
import com.storefront.signage.core.protocol.PlayBatch;
import com.storefront.signage.core.protocol.PlayRecord;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.server.http.ApiException;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.RoutingContext;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Reads a {@link PlayBatch} record by record, so that an error names the record by its index
 * ({@code plays[3].endedAt}); the player sets that one record aside and sends the others again.
 * Too many plays in one batch is a 413 naming {@code plays}.
 */
final class PlayBatchReader {
    private PlayBatchReader() {
    }

    static List<PlayRecord> read(RoutingContext ctx) {
        JsonNode plays = playsArray(body(ctx));
        if (plays.isEmpty()) {
            throw ApiException.invalid("plays", "must hold at least one play");
        }
        if (plays.size() > PlayBatch.MAX_PLAYS) {
            throw new ApiException(413, "payload_too_large", "plays", "a batch may hold at most " + PlayBatch.MAX_PLAYS
                    + " plays, not " + plays.size() + "; send them in several batches");
        }
        List<PlayRecord> out = new ArrayList<>(plays.size());
        Map<String, Integer> seen = new HashMap<>();
        for (int i = 0; i < plays.size(); i++) {
            PlayRecord play = record(plays.get(i), "plays[" + i + "]");
            uuid(play.campaignId(), "plays[" + i + "].campaignId");
            uuid(play.playlistId(), "plays[" + i + "].playlistId");
            uuid(play.slideId(), "plays[" + i + "].slideId");
            Integer first = seen.putIfAbsent(play.key(), i);
            if (first != null) {
                throw ApiException.invalid("plays[" + i + "].key", "repeats the key of plays[" + first + "]; each play has its own key");
            }
            out.add(play);
        }
        return out;
    }

    private static byte[] body(RoutingContext ctx) {
        String contentType = ctx.request().getHeader("Content-Type");
        if (contentType != null && !contentType.startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", null, "send Content-Type: application/json");
        }
        Buffer body = ctx.body().buffer();
        if (body == null || body.length() == 0) {
            throw ApiException.invalid(null, "request body is empty; send {\"plays\": [...]}");
        }
        return body.getBytes();
    }

    private static JsonNode playsArray(byte[] body) {
        JsonNode root;
        try {
            root = ProtocolJson.mapper().readTree(body);
        } catch (JsonProcessingException e) {
            throw ApiException.invalid(null, "malformed JSON: " + e.getOriginalMessage());
        } catch (IOException e) {
            throw ApiException.invalid(null, "unreadable body: " + e.getMessage());
        }
        if (root == null || !root.isObject()) {
            throw ApiException.invalid(null, "send a JSON object {\"plays\": [...]}");
        }
        for (Iterator<String> names = root.fieldNames(); names.hasNext(); ) {
            String name = names.next();
            if (!name.equals("plays")) {
                throw ApiException.invalid(name, "unknown field '" + name + "'; allowed: plays");
            }
        }
        JsonNode plays = root.get("plays");
        if (plays == null || !plays.isArray()) {
            throw ApiException.invalid("plays", "must be an array of plays");
        }
        return plays;
    }

    private static PlayRecord record(JsonNode node, String at) {
        if (!node.isObject()) {
            throw ApiException.invalid(at, "must be a play object");
        }
        try {
            return ProtocolJson.mapper().treeToValue(node, PlayRecord.class);
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.invalid(at + "." + e.getPropertyName(), "unknown field; allowed: "
                    + e.getKnownPropertyIds().stream().map(String::valueOf).sorted().collect(Collectors.joining(", ")));
        } catch (ValueInstantiationException e) {
            Throwable cause = e.getCause() == null ? e : e.getCause();
            if (cause instanceof InvalidField invalid) {
                throw ApiException.invalid(at + "." + invalid.field(), invalid.getMessage());
            }
            throw ApiException.invalid(at, cause.getMessage());
        } catch (JsonMappingException e) {
            String path = e.getPath().stream().map(r -> r.getFieldName() != null ? r.getFieldName() : String.valueOf(r.getIndex()))
                    .collect(Collectors.joining("."));
            throw ApiException.invalid(path.isEmpty() ? at : at + "." + path, "wrong type or value: " + e.getOriginalMessage());
        } catch (JsonProcessingException e) {
            throw ApiException.invalid(at, e.getOriginalMessage());
        }
    }

    /** The server hands out UUIDs for campaigns, playlists and slides; anything else did not come from its manifest. */
    private static void uuid(String value, String field) {
        if (value == null) {
            return;
        }
        try {
            // fromString also takes short forms like 1-2-3-4-5, which the database would not
            if (value.length() != 36) {
                throw new IllegalArgumentException();
            }
            UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid(field, "must be the UUID the manifest gave, not '" + value + "'");
        }
    }
}
