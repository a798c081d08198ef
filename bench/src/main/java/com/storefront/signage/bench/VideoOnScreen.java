package com.storefront.signage.bench;

import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.VideoClip;
import com.storefront.signage.node.screen.ScreenLayout;
import com.storefront.signage.node.screen.ScreenOutput;
import com.storefront.signage.node.screen.Transition;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.concurrent.TimeUnit;

/**
 * A pre-rolled video start as far as the screen: a child JVM with a display ({@code DISPLAY}, or a
 * virtual one through {@code xvfb-run}) opens a 1920x1080 {@link ScreenOutput}, cues each clip while the
 * previous item (half the time a video, half a slide) is on screen, waits until it holds its first frame,
 * and times the switch ({@code video().play}) to the render thread's first flip of a picture with the
 * new video in it ({@link ScreenOutput#videoOnScreenSince}). Cuts, so that picture shows the video itself
 * rather than the first step of a fade.
 * {@code render-video-screen CLIP PLAYS} prints one {@code SCREEN nanos} line per play, then {@code OK}.
 */
final class VideoOnScreen {
    private static final String SHA = "0".repeat(64);

    record Result(Percentiles onScreen, String problem) {
    }

    private VideoOnScreen() {
    }

    static Result run(Path clip, int plays) throws IOException, InterruptedException {
        Path jar = Path.of(VideoOnScreen.class.getProtectionDomain().getCodeSource().getLocation().getPath());
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        List<String> command = new ArrayList<>();
        String display = System.getenv("DISPLAY");
        if (display == null || display.isBlank()) {
            if (!onPath("xvfb-run")) {
                return new Result(null, "no display, and xvfb-run is not installed (Debian package xvfb)");
            }
            command.addAll(List.of("xvfb-run", "-a", "-s", "-screen 0 1920x1080x24"));
        }
        command.addAll(List.of(java, "-Djava.awt.headless=false", "-jar", jar.toString(), "render-video-screen",
                clip.toString(), Integer.toString(plays)));
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!p.waitFor(180, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            return new Result(null, "timed out");
        }
        List<Long> nanos = new ArrayList<>();
        boolean ok = false;
        for (String line : out.split("\n")) {
            String[] w = line.trim().split(" ");
            if (w[0].equals("SCREEN")) {
                nanos.add(Long.parseLong(w[1]));
            } else if (w[0].equals("OK")) {
                ok = p.exitValue() == 0;
            }
        }
        if (!ok || nanos.isEmpty()) {
            String last = out.lines().filter(l -> !l.isBlank()).reduce((a, b) -> b).orElse("exit " + p.exitValue());
            return new Result(null, last);
        }
        return new Result(Percentiles.of(nanos.stream().mapToLong(Long::longValue).toArray()), null);
    }

    /** The child JVM. */
    static void main(String[] args) throws Exception {
        Path file = Path.of(args[0]);
        int plays = Integer.parseInt(args[1]);
        ScreenOutput screen = new ScreenOutput(ScreenLayout.plain(1920, 1080, ZoneId.of("UTC")), Transition.CUT, Clock.systemUTC());
        try {
            screen.show(grey(), new FrameInfo(FrameInfo.ITEM, "slide", "slide", "c", "1", "hd-landscape", null));
            VideoClip clip = new VideoClip(SHA, file, Duration.ofSeconds(3), Duration.ofSeconds(3));
            for (int i = 0; i < plays; i++) {
                screen.video().cue(clip);
                long cueDeadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
                while (!screen.videoCued() && System.nanoTime() < cueDeadline) {
                    Thread.sleep(5);
                }
                if (!screen.videoCued()) {
                    System.out.println("FAILED the cued clip did not reach its first frame within 10 s");
                    return;
                }
                Thread.sleep(200);
                FrameInfo info = new FrameInfo(FrameInfo.VIDEO, "video-" + i, null, "c", "1", "hd-landscape", null, SHA);
                long switchAt = System.nanoTime();
                Optional<String> problem = screen.video().play(clip, info);
                if (problem.isPresent()) {
                    System.out.println("FAILED " + problem.get());
                    return;
                }
                OptionalLong shown = OptionalLong.empty();
                long deadline = switchAt + TimeUnit.SECONDS.toNanos(5);
                while (shown.isEmpty() && System.nanoTime() < deadline) {
                    Thread.onSpinWait();
                    shown = screen.videoOnScreenSince();
                }
                if (shown.isEmpty()) {
                    System.out.println("FAILED the video was not on screen within 5 s");
                    return;
                }
                System.out.println("SCREEN " + (shown.getAsLong() - switchAt));
                Thread.sleep(300);
                if (i % 2 == 1) {
                    // every other switch comes from a slide, the others from the previous video
                    screen.show(grey(), new FrameInfo(FrameInfo.ITEM, "slide-" + i, "slide", "c", "1", "hd-landscape", null));
                }
            }
            System.out.println("OK");
        } finally {
            screen.close();
        }
        System.exit(0);
    }

    private static BufferedImage grey() {
        BufferedImage image = new BufferedImage(1920, 1080, BufferedImage.TYPE_INT_RGB);
        var g = image.createGraphics();
        g.setColor(Color.DARK_GRAY);
        g.fillRect(0, 0, 1920, 1080);
        g.dispose();
        return image;
    }

    private static boolean onPath(String tool) {
        String path = System.getenv("PATH");
        return path != null && java.util.Arrays.stream(path.split(":")).anyMatch(d -> Files.isExecutable(Path.of(d, tool)));
    }
}
