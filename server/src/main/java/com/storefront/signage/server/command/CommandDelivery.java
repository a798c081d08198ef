package com.storefront.signage.server.command;

import com.storefront.signage.core.protocol.CommandHint;
import com.storefront.signage.core.protocol.CommandType;
import com.storefront.signage.server.push.ChangeKind;
import com.storefront.signage.server.push.ChangeNotice;
import com.storefront.signage.server.push.ChangeNotices;
import com.storefront.signage.server.push.HintHub;
import io.vertx.core.Future;
import java.time.Clock;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gets commands to their players over the hint sockets. A new command is announced with a
 * {@link ChangeKind#COMMAND} notice naming only its id, since the display's socket may be open on
 * another instance; the instance holding it reads the command and sends a {@link CommandHint}. A
 * socket that opens is sent every command its display has not answered, so an offline player gets
 * them when it returns, and a command sent to a socket that dropped before the player read it is
 * sent again (players run each id once). Only the first send moves a command to {@code delivered}.
 */
public final class CommandDelivery implements HintHub.SocketListener {
    private static final Logger LOG = Logger.getLogger(CommandDelivery.class.getName());
    private final CommandRepository commands;
    private final HintHub hub;
    private final ChangeNotices notices;
    private final Clock clock;

    public CommandDelivery(CommandRepository commands, HintHub hub, ChangeNotices notices, Clock clock) {
        this.commands = commands;
        this.hub = hub;
        this.notices = notices;
        this.clock = clock;
    }

    /** Announces a new command to every instance; the one holding the display's socket sends it. */
    public Future<DisplayCommand> announce(UUID organisationId, DisplayCommand command) {
        return notices.announce(new ChangeNotice(organisationId, ChangeKind.COMMAND, command.id(), clock.instant())).map(command);
    }

    @Override
    public void opened(UUID organisationId, UUID displayId) {
        commands.open(displayId)
                .compose(open -> sendAll(organisationId, open))
                .onFailure(e -> LOG.warning("open commands of display " + displayId + " not sent; they go with its next connection: "
                        + e.getMessage()));
    }

    @Override
    public void command(ChangeNotice notice) {
        commands.addressed(notice.id())
                .compose(found -> found.filter(a -> a.command().open())
                        .map(a -> sendAll(a.organisationId(), List.of(a.command())))
                        .orElse(Future.succeededFuture()))
                .onFailure(e -> LOG.warning("command " + notice.id() + " not sent; it goes with its display's next connection: "
                        + e.getMessage()));
    }

    private Future<Void> sendAll(UUID organisationId, List<DisplayCommand> open) {
        Future<Void> chain = Future.succeededFuture();
        for (DisplayCommand c : open) {
            CommandHint hint = new CommandHint(c.id(), CommandType.of(c.type()).orElseThrow());
            chain = chain.compose(x -> hub.send(organisationId, c.displayId(), hint))
                    .compose(sent -> sent && DisplayCommand.PENDING.equals(c.status()) ? commands.markDelivered(c.id())
                            : Future.<Void>succeededFuture());
        }
        return chain;
    }
}
