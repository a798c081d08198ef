package com.storefront.signage.bench;

import com.storefront.signage.node.video.FirstFrameEvent;
import com.storefront.signage.node.video.VideoDecoder;
import com.storefront.signage.node.video.VideoErrorEvent;
import com.storefront.signage.node.video.VideoListenerAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Video start latency: {@link VideoDecoder#play} to the first decoded frame in memory, as the
 * decoder's {@link FirstFrameEvent} reports it, for an ffmpeg test-pattern clip. Each play gets a
 * fresh decoder (opening it is not timed): the decoder has no stop, and replaying on one decoder
 * could count a late frame of the previous play as the new play's first.
 */
final class VideoStart {
    /** @param firstPlayMillis the process's first play, which also loads libvlc's demuxer and codec plugins */
    record Result(double firstPlayMillis, Percentiles later, String problem) {
    }

    private VideoStart() {
    }

    static Result run(Path work, int plays) throws IOException, InterruptedException {
        Path clip = work.resolve("clip-1080p30.mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc=size=1920x1080:rate=30", "-t", "3", "-pix_fmt", "yuv420p", clip.toString())
                .redirectErrorStream(true).start();
        String ffmpegSays = new String(ffmpeg.getInputStream().readAllBytes());
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0 || !Files.exists(clip)) {
            return new Result(0, null, "ffmpeg failed: " + ffmpegSays.strip());
        }
        long[] nanos = new long[plays];
        double first = 0;
        for (int i = 0; i <= plays; i++) {
            Object event;
            try (VideoDecoder decoder = VideoDecoder.open()) {
                BlockingQueue<Object> firsts = new LinkedBlockingQueue<>();
                decoder.addListener(new VideoListenerAdapter() {
                    @Override
                    public void firstFrame(FirstFrameEvent event) {
                        firsts.add(event);
                    }

                    @Override
                    public void error(VideoErrorEvent event) {
                        firsts.add(event);
                    }
                });
                if (!decoder.play(clip)) {
                    return new Result(0, null, "libvlc refused " + clip);
                }
                event = firsts.poll(10, TimeUnit.SECONDS);
            } catch (IllegalStateException e) {
                return new Result(0, null, e.getMessage());
            }
            if (!(event instanceof FirstFrameEvent f)) {
                return new Result(0, null, event == null ? "no first frame within 10 s" : "libvlc error on " + clip);
            }
            if (i == 0) {
                first = f.startLatency().toNanos() / 1e6;
            } else {
                nanos[i - 1] = f.startLatency().toNanos();
            }
        }
        return new Result(first, Percentiles.of(nanos), null);
    }
}
