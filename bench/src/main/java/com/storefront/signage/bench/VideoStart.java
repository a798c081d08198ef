package com.storefront.signage.bench;

import com.storefront.signage.node.video.FirstFrameEvent;
import com.storefront.signage.node.video.VideoDeck;
import com.storefront.signage.node.video.VideoDecoder;
import com.storefront.signage.node.video.VideoErrorEvent;
import com.storefront.signage.node.video.VideoListenerAdapter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * Video start latency on an ffmpeg test-pattern clip, two ways in one run:
 * <ul>
 *   <li>cold: {@link VideoDecoder#play} to the first decoded frame in memory, as the decoder's
 *       {@link FirstFrameEvent} reports it; each play gets a fresh decoder (opening it is not timed), as
 *       the player started videos before it cued them;</li>
 *   <li>pre-rolled, as the player does now: the clip is cued on a {@link VideoDeck} (loaded and paused on
 *       its first frame) while the previous one plays; timed from the switch ({@link VideoDeck#start}) to
 *       its first frame being drawable ({@link VideoDecoder#hasFrame} on the on-air decoder), and to the
 *       next decoded frame (the video moving).</li>
 * </ul>
 */
final class VideoStart {
    private static final long CUE_WAIT_MILLIS = 10_000;

    /**
     * @param firstPlayMillis the process's first cold play, which also loads libvlc's demuxer and codec plugins
     * @param cold            later cold plays
     * @param preRolled       switch to the cued clip's first frame drawable
     * @param moving          switch to the next decoded frame after it (an upper bound: the start call's
     *                        duration plus the decoder's resume-to-frame time)
     */
    record Result(double firstPlayMillis, Percentiles cold, Percentiles preRolled, Percentiles moving, String problem) {
        static Result failed(String problem) {
            return new Result(0, null, null, null, problem);
        }
    }

    private VideoStart() {
    }

    /** A 3 s 1920x1080 30 fps H.264 test pattern, or the reason there is none. */
    static Path clip(Path work) throws IOException, InterruptedException {
        Path clip = work.resolve("clip-1080p30.mp4");
        Process ffmpeg = new ProcessBuilder("ffmpeg", "-loglevel", "error", "-y", "-f", "lavfi", "-i",
                "testsrc=size=1920x1080:rate=30", "-t", "3", "-pix_fmt", "yuv420p", clip.toString())
                .redirectErrorStream(true).start();
        String ffmpegSays = new String(ffmpeg.getInputStream().readAllBytes());
        if (!ffmpeg.waitFor(60, TimeUnit.SECONDS) || ffmpeg.exitValue() != 0 || !Files.exists(clip)) {
            throw new IOException("ffmpeg failed: " + ffmpegSays.strip());
        }
        return clip;
    }

    static Result run(Path clip, int coldPlays, int preRolledPlays) throws InterruptedException {
        long[] cold = new long[coldPlays];
        double first = 0;
        for (int i = 0; i <= coldPlays; i++) {
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
                    return Result.failed("libvlc refused " + clip);
                }
                event = firsts.poll(10, TimeUnit.SECONDS);
            } catch (IllegalStateException e) {
                return Result.failed(e.getMessage());
            }
            if (!(event instanceof FirstFrameEvent f)) {
                return Result.failed(event == null ? "no first frame within 10 s" : "libvlc error on " + clip);
            }
            if (i == 0) {
                first = f.startLatency().toNanos() / 1e6;
            } else {
                cold[i - 1] = f.startLatency().toNanos();
            }
        }
        long[] drawable = new long[preRolledPlays];
        long[] moving = new long[preRolledPlays];
        try (VideoDeck deck = new VideoDeck()) {
            if (!deck.available()) {
                return Result.failed("libvlc not found");
            }
            // the clip before the first timed switch, as an item that is on screen when the next is cued
            Optional<String> problem = deck.start(clip, 1);
            if (problem.isPresent()) {
                return Result.failed(problem.get());
            }
            for (int i = 0; i < preRolledPlays; i++) {
                deck.cue(clip, 1);
                if (!waitFor(deck::cueReady)) {
                    return Result.failed("the cued clip did not reach its first frame within " + CUE_WAIT_MILLIS + " ms");
                }
                Thread.sleep(200);
                long switchAt = System.nanoTime();
                problem = deck.start(clip, 1);
                long returnedAt = System.nanoTime();
                if (problem.isPresent()) {
                    return Result.failed(problem.get());
                }
                VideoDecoder onAir = deck.onAir();
                while (!onAir.hasFrame()) {
                    Thread.onSpinWait();
                }
                drawable[i] = System.nanoTime() - switchAt;
                if (!waitFor(() -> onAir.stats().resumeLatency() != null)) {
                    return Result.failed("the pre-rolled clip did not move on within " + CUE_WAIT_MILLIS + " ms");
                }
                moving[i] = returnedAt - switchAt + onAir.stats().resumeLatency().toNanos();
            }
        }
        return new Result(first, Percentiles.of(cold), Percentiles.of(drawable), Percentiles.of(moving), null);
    }

    private static boolean waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + CUE_WAIT_MILLIS * 1_000_000;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                return false;
            }
            Thread.sleep(1);
        }
        return true;
    }
}
