package com.storefront.signage.node.video;

/** libvlc reached the end of the media; {@code stats} is the decoder's count at that moment. */
public record MediaFinishedEvent(VideoStats stats) {
}
