package com.storefront.signage.node.video;

/** libvlc could not open or decode the media; it gives no reason through vlcj, so only the media is named. */
public record VideoErrorEvent(String media) {
}
