package com.storefront.signage.node.video;

/**
 * The media could not be played: libvlc reported an error (it gives no reason through vlcj) or
 * reached the end without decoding a single picture (a corrupt or truncated file).
 */
public record VideoErrorEvent(String media, String reason) {
}
