package com.storefront.signage.node.video;

/** A {@link VideoListener} that ignores everything: extend it and override what you need. */
public class VideoListenerAdapter implements VideoListener {
    @Override
    public void firstFrame(FirstFrameEvent event) {
    }

    @Override
    public void finished(MediaFinishedEvent event) {
    }

    @Override
    public void error(VideoErrorEvent event) {
    }
}
