package com.storefront.signage.node.command;

import com.storefront.signage.core.protocol.CommandResult;
import java.util.Objects;
import java.util.UUID;

/** A command this player ran and what it answered: one line of the handled-commands journal. */
public record HandledCommand(UUID id, CommandResult result) {
    public HandledCommand {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(result, "result");
    }
}
