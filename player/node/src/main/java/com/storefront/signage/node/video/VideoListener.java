package com.storefront.signage.node.video;

/**
 * What a {@link VideoDecoder} reports. Called on the decoder's single event thread, never on libvlc's
 * own threads, so a listener may take its time or call back into the decoder (except {@code close()}).
 */
public interface VideoListener {
    void firstFrame(FirstFrameEvent event);

    void finished(MediaFinishedEvent event);

    void error(VideoErrorEvent event);
}
