package com.storefront.signage.node.video;

import java.time.Duration;

/** The first decoded frame arrived: its size and how long after {@code play()}. */
public record FirstFrameEvent(int width, int height, Duration startLatency) {
}
