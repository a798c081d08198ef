package com.storefront.signage.core.protocol;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * A message the server pushes to a player over its one WebSocket ({@value #PATH}, opened with the
 * device token as a Bearer token). Each is a small JSON object tagged by {@code type}, so later
 * kinds (remote commands, {@link CommandHint}) ride the same socket; a player ignores a type it does not know.
 * The socket carries hints, never data: the player fetches what a hint points at over HTTP.
 *
 * <p>The server pings every {@value #PING_SECONDS} seconds at most; a player that hears nothing
 * (no message, no ping) for {@value #SILENCE_LIMIT_SECONDS} seconds counts the socket dead.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type")
@JsonSubTypes({@JsonSubTypes.Type(value = ManifestHint.class, name = "manifest"),
        @JsonSubTypes.Type(value = CommandHint.class, name = "command")})
public sealed interface PushMessage permits ManifestHint, CommandHint {
    String PATH = "/api/v1/device/hints";
    int PING_SECONDS = 30;
    int SILENCE_LIMIT_SECONDS = 3 * PING_SECONDS;
}
