package com.storefront.signage.node.eink;

import java.time.Duration;

/** The controller stayed busy longer than it should: unplugged, unpowered, or hung. */
public final class PanelTimeoutException extends RuntimeException {
    public PanelTimeoutException(String what, Duration limit) {
        super(what + " for longer than " + limit.toMillis() + " ms; check the panel's power, cabling and the pin numbers in the config");
    }
}
