package com.storefront.signage.core.protocol;

import java.util.Objects;

/**
 * A player's answer to a command ({@code POST /api/v1/device/commands/{id}}): {@code done} or
 * {@code failed}, with a short message for the audit trail. Answering twice changes nothing.
 */
public record CommandResult(String status, String message) {
    public static final String DONE = "done";
    public static final String FAILED = "failed";
    public static final int MAX_MESSAGE = 500;

    public CommandResult {
        Objects.requireNonNull(status, "status");
        if (!DONE.equals(status) && !FAILED.equals(status)) {
            throw new IllegalArgumentException("status must be 'done' or 'failed'");
        }
        if (message != null && message.length() > MAX_MESSAGE) {
            throw new IllegalArgumentException("message must be at most " + MAX_MESSAGE + " characters");
        }
    }

    public static CommandResult done(String message) {
        return new CommandResult(DONE, message);
    }

    public static CommandResult failed(String message) {
        return new CommandResult(FAILED, message == null ? null : message.substring(0, Math.min(MAX_MESSAGE, message.length())));
    }
}
