package com.storefront.signage.node.video;

/** Where a {@link VideoDecoder} is with its media. */
public enum DecoderState {
    /** Nothing loaded, or stopped. */
    IDLE,
    /** Loading a media to pause on its first frame. */
    CUEING,
    /** Paused on the first frame, which is in memory: resuming shows video at once. */
    CUED,
    PLAYING,
    /** Reached the end of the media; the last frame stays drawable. */
    ENDED,
    /** libvlc could not play the media; see {@link VideoDecoder#failure()}. */
    FAILED
}
