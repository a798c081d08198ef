package com.storefront.signage.core.protocol;

/**
 * The server's answer to a pairing request: a short code to show on screen, and a long secret
 * only the player knows, with which it polls for its device token.
 */
public record PairingTicket(String pairingId, String code, String secret, String expiresAt, long pollAfterMs) {
}
