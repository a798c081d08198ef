package com.storefront.signage.server.push;

import com.storefront.signage.core.protocol.ProtocolJson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * "Something of this kind changed in this organisation", announced {@code at} the moment its write
 * had committed: the payload of a PostgreSQL NOTIFY on {@link ChangeNotices#CHANNEL}. A hint, never
 * the data: NOTIFY payloads stay under 8000 bytes and nothing is replayed after a listener
 * reconnects, so every instance reads the data itself.
 */
public record ChangeNotice(UUID organisationId, ChangeKind kind, UUID id, Instant at) {
    public ChangeNotice {
        Objects.requireNonNull(organisationId, "organisationId");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(at, "at");
    }

    public String payload() {
        return new String(ProtocolJson.write(this), StandardCharsets.UTF_8);
    }

    /** @throws IllegalArgumentException for a payload that is not a notice (another program on the channel) */
    public static ChangeNotice parse(String payload) {
        try {
            return ProtocolJson.read(payload.getBytes(StandardCharsets.UTF_8), ChangeNotice.class);
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("not a change notice: " + payload, e);
        }
    }
}
