package com.storefront.signage.core.protocol;

import java.util.Objects;
import java.util.UUID;

/**
 * {@code {"type":"command","id":"...","command":"screenshot"}}: run this command once. Sent when it
 * is requested and again each time the socket opens while it is unanswered, so a player may hear
 * the same id more than once; it acknowledges with {@code POST /api/v1/device/commands/{id}}.
 */
public record CommandHint(UUID id, CommandType command) implements PushMessage {
    public CommandHint {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(command, "command");
    }
}
