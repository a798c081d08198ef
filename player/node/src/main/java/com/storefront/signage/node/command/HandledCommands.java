package com.storefront.signage.node.command;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.journal.AppendOnlyLog;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * The commands this player has run, kept in the data directory ({@code commands/handled.jsonl},
 * one fsynced line each, a torn last line cut on open), so that a command sent again after a
 * reconnect or a restart is answered with its first result rather than run twice.
 */
public final class HandledCommands {
    private static final Logger LOG = Logger.getLogger(HandledCommands.class.getName());
    private final AppendOnlyLog log;
    private final Map<UUID, HandledCommand> handled = new HashMap<>();

    public HandledCommands(Path dataDir) throws IOException {
        this.log = AppendOnlyLog.open(dataDir.resolve("commands").resolve("handled.jsonl"));
        log.read(0, log.size(), (line, end) -> {
            try {
                HandledCommand c = ProtocolJson.read(line, HandledCommand.class);
                handled.put(c.id(), c);
            } catch (RuntimeException e) {
                LOG.warning("skipping an unreadable line of " + log.file() + ": " + e.getMessage());
            }
            return true;
        });
    }

    public synchronized Optional<HandledCommand> find(UUID id) {
        return Optional.ofNullable(handled.get(id));
    }

    /** Records the command durably before its answer is sent. */
    public synchronized void record(HandledCommand command) throws IOException {
        log.append(ProtocolJson.write(command));
        handled.put(command.id(), command);
    }
}
