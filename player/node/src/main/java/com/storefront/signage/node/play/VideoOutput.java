package com.storefront.signage.node.play;

import java.util.Optional;
import java.util.function.Consumer;

/**
 * The video side of a {@link FrameOutput}: plays a {@link VideoClip} in the main zone. A clip that
 * cannot play never blanks the screen: the previous frame stays and the reason is given back.
 *
 * <p>Threading: {@code cue}, {@code play} and {@code stop} are called on the playback thread only;
 * the failure listener is called on a video event thread.
 */
public interface VideoOutput {
    /** For outputs that show no video (e-ink panels: their manifests carry no video items). */
    VideoOutput NO_VIDEO = new VideoOutput() {
        @Override
        public void cue(VideoClip clip) {
        }

        @Override
        public Optional<String> play(VideoClip clip, FrameInfo info) {
            return Optional.of("this output does not play video");
        }

        @Override
        public void stop() {
        }

        @Override
        public void onFailure(Consumer<String> listener) {
        }
    };

    /** Loads the clip while the current item plays and pauses it on its first frame, so {@link #play} is a hand-over. */
    void cue(VideoClip clip);

    /**
     * Shows the clip from its first frame at once when it was cued, otherwise as soon as libvlc has
     * decoded one; a following {@link FrameOutput#show} ends it. Empty when it started; otherwise why
     * not, and the previous frame stays. Failures after this returns go to the {@link #onFailure} listener.
     */
    Optional<String> play(VideoClip clip, FrameInfo info);

    /** Stops the video, if one plays; what is on screen stays. */
    void stop();

    /** Where failures of a playing clip go (a decode error mid-clip); replaces any earlier listener. */
    void onFailure(Consumer<String> listener);
}
