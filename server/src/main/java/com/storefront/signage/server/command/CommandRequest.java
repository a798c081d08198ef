package com.storefront.signage.server.command;

import com.storefront.signage.core.protocol.CommandType;
import com.storefront.signage.server.http.FieldError;
import java.util.Arrays;
import java.util.stream.Collectors;

/** {@code POST /api/v1/displays/{id}/commands}: {@code {"type": "reload"}}. */
public record CommandRequest(String type) {
    public CommandRequest {
        if (type == null || CommandType.of(type).isEmpty()) {
            throw new FieldError("type", "must be one of " + Arrays.stream(CommandType.values()).map(CommandType::id)
                    .collect(Collectors.joining(", ")));
        }
    }

    public CommandType commandType() {
        return CommandType.of(type).orElseThrow();
    }
}
