package com.storefront.signage.node.command;

import com.storefront.signage.core.protocol.CommandHint;
import com.storefront.signage.core.protocol.CommandResult;
import com.storefront.signage.node.sync.ServerClient;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.logging.Logger;

/**
 * Runs remote commands once each. Hints arrive on the hint channel's thread and are queued; the
 * sync thread runs them ({@link #runQueued}), records each in {@link HandledCommands} and answers
 * the server. A command heard again (sent on every reconnect until answered) is answered with its
 * recorded result and not run again. An answer that could not be sent is retried with the next run.
 * Restart is recorded and answered first, since nothing runs after it.
 */
public final class CommandRunner {
    /** The exit status of a requested restart (EX_TEMPFAIL); systemd's {@code Restart=always} starts the player again. */
    public static final int RESTART_STATUS = 75;
    private static final Logger LOG = Logger.getLogger(CommandRunner.class.getName());
    private final HandledCommands handled;
    private final ServerClient client;
    private final CommandActions actions;
    private final ConcurrentLinkedQueue<CommandHint> queue = new ConcurrentLinkedQueue<>();
    private final List<HandledCommand> unanswered = new ArrayList<>();

    public CommandRunner(HandledCommands handled, ServerClient client, CommandActions actions) {
        this.handled = handled;
        this.client = client;
        this.actions = actions;
    }

    /** From any thread: queue a command heard on the socket. */
    public void offer(CommandHint hint) {
        queue.add(hint);
    }

    public boolean hasQueued() {
        return !queue.isEmpty() || !unanswered.isEmpty();
    }

    /** On the sync thread: runs what is queued and answers. */
    public void runQueued(String token) throws IOException {
        List<HandledCommand> retry = List.copyOf(unanswered);
        unanswered.clear();
        retry.forEach(c -> answer(token, c));
        CommandHint hint;
        while ((hint = queue.poll()) != null) {
            HandledCommand before = handled.find(hint.id()).orElse(null);
            if (before != null) {
                answer(token, before);
                continue;
            }
            run(token, hint);
        }
    }

    private void run(String token, CommandHint hint) throws IOException {
        UUID id = hint.id();
        LOG.info("running remote command " + hint.command().id() + " (" + id + ")");
        if (hint.command() == com.storefront.signage.core.protocol.CommandType.RESTART) {
            HandledCommand done = new HandledCommand(id, CommandResult.done("restarting (exit status " + RESTART_STATUS + ")"));
            handled.record(done);
            answer(token, done);
            actions.restart();
            return;
        }
        CommandResult result;
        try {
            result = CommandResult.done(switch (hint.command()) {
                case RELOAD -> actions.reload();
                case CLEAR_CACHE -> actions.clearCache();
                case FULL_REFRESH -> actions.fullRefresh();
                case SCREENSHOT -> screenshot(token, id);
                case RESTART -> throw new IllegalStateException("handled above");
            });
        } catch (ServerClient.Unauthorized e) {
            queue.add(hint);
            throw e;
        } catch (IOException | RuntimeException e) {
            result = CommandResult.failed(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        }
        HandledCommand done = new HandledCommand(id, result);
        handled.record(done);
        answer(token, done);
    }

    private String screenshot(String token, UUID id) throws IOException {
        BufferedImage frame = actions.frame().orElseThrow(() -> new IOException("nothing on screen yet"));
        byte[] png = Screenshot.png(frame);
        client.uploadScreenshot(token, id, png);
        BufferedImage small = Screenshot.downscale(frame);
        return small.getWidth() + "x" + small.getHeight() + " PNG of the " + frame.getWidth() + "x" + frame.getHeight() + " frame";
    }

    private void answer(String token, HandledCommand command) {
        try {
            client.answerCommand(token, command.id(), command.result());
        } catch (ServerClient.Refused e) {
            // expired or unknown there: nothing more to say about it
            LOG.info("answer to command " + command.id() + " refused: " + e.getMessage());
        } catch (IOException e) {
            LOG.info("answer to command " + command.id() + " not delivered; retrying with the next sync: " + e.getMessage());
            unanswered.add(command);
        }
    }
}
