package com.storefront.signage.server.display;

/**
 * Whether a display is in touch, judged by the server from the last time the device called it
 * (any device request counts) against the heartbeat interval the player promised.
 *
 * @param status            {@code online}, {@code offline}, {@code never} (not seen since pairing) or {@code revoked}
 * @param missedHeartbeats  whole heartbeat intervals since the device was last seen
 * @param heartbeatSeconds  the interval used: the player's promise, or {@link #DEFAULT_HEARTBEAT_SECONDS}
 */
public record Connectivity(String status, long missedHeartbeats, int heartbeatSeconds) {
    /** What players before heartbeat intervals were reported did: a sync and a heartbeat about once a minute. */
    public static final int DEFAULT_HEARTBEAT_SECONDS = 60;
    /** A display is offline once it has missed this many heartbeats in a row; one lost packet is not an outage. */
    public static final int MISSED_FOR_OFFLINE = 3;

    /** What every display the schedule builds without a report has: one object, not one per display held in memory. */
    private static final Connectivity NEVER_SEEN = new Connectivity("never", 0, DEFAULT_HEARTBEAT_SECONDS);

    public static Connectivity of(boolean revoked, Double secondsSinceSeen, Integer promisedSeconds) {
        if (!revoked && secondsSinceSeen == null && promisedSeconds == null) {
            return NEVER_SEEN;
        }
        int interval = promisedSeconds == null ? DEFAULT_HEARTBEAT_SECONDS : promisedSeconds;
        if (revoked) {
            return new Connectivity("revoked", 0, interval);
        }
        if (secondsSinceSeen == null) {
            return new Connectivity("never", 0, interval);
        }
        long missed = (long) Math.floor(Math.max(0, secondsSinceSeen) / interval);
        return new Connectivity(missed >= MISSED_FOR_OFFLINE ? "offline" : "online", missed, interval);
    }
}
