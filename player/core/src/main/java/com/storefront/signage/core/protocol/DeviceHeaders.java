package com.storefront.signage.core.protocol;

/** HTTP headers of the device protocol, named once for server and player. */
public final class DeviceHeaders {
    /** On every answer to a device: the server's clock in epoch milliseconds, set as the response goes out. */
    public static final String SERVER_TIME = "X-Server-Time";
    /** On a device's request: what it measured last, its clock minus the server's, in milliseconds. */
    public static final String CLOCK_SKEW = "X-Clock-Skew-Ms";

    private DeviceHeaders() {
    }
}
