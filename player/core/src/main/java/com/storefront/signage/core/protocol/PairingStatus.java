package com.storefront.signage.core.protocol;

/** Pending until an admin claims the code; then the device token is handed over exactly once. */
public record PairingStatus(String status, String displayId, String deviceToken) {
    public static final String PENDING = "pending";
    public static final String CLAIMED = "claimed";
    public static final String EXPIRED = "expired";
}
