package com.storefront.signage.server.command;

import java.time.Instant;
import java.util.UUID;

/**
 * One remote command and what became of it: {@code pending} until it reaches the player's socket,
 * {@code delivered}, then {@code done} or {@code failed} as the player answered, or {@code expired}
 * when it stayed unanswered for a day. {@code screenshot} says whether an image was uploaded.
 */
public record DisplayCommand(UUID id, UUID displayId, String type, UUID requestedBy, String requestedByEmail,
                             Instant requestedAt, String status, Instant deliveredAt, Instant finishedAt, String message,
                             boolean screenshot, Integer screenshotWidth, Integer screenshotHeight) {
    public static final String PENDING = "pending";
    public static final String DELIVERED = "delivered";
    public static final String EXPIRED = "expired";

    public boolean open() {
        return PENDING.equals(status) || DELIVERED.equals(status);
    }
}
