package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.DecodedImageCache;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.TemplateCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Render time per slide at 1920x1080 and 3840x2160, the gap between consecutive image items,
 * video start latency, and the player's heap with 4K product images, against the targets. Prints one table.
 * {@code java -jar signage-bench.jar render [--runs N] [--items N]}
 */
final class RenderBench {
    private static final double FRAME_60HZ_MS = 1000.0 / 60;
    private static final int HD_HEAP_MB = 128;
    private static final int EINK_HEAP_MB = 48;
    // real items last seconds; these only need to outlast the slowest render so the next frame is ready in time
    private static final int GAP_ITEMS = 18;
    private static final long GAP_ITEM_MILLIS = 750;

    private RenderBench() {
    }

    static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        System.setProperty("java.awt.headless", "true");
        int runs = Integer.parseInt(EinkBench.arg(args, "--runs", "20"));
        int heapItems = Integer.parseInt(EinkBench.arg(args, "--items", "36"));
        Path work = Files.createTempDirectory("render-bench");
        SlideRenderer renderer = SlideRenderer.fromClassPath();
        Map<String, SlideSpec> slides = SampleSlides.english(TemplateCatalog.fromClassPath());
        PlayerMedia sampleMedia = PlayerMedia.of(Path.of("media/images"), work.resolve("sample"));
        long imageBudget = DecodedImageCache.budgetFor(DisplayClass.HD_LANDSCAPE);
        // what the player's ItemFrames renders with: decoded images kept between items
        MediaSource playerImages = new DecodedImageCache(sampleMedia, imageBudget);
        Table table = new Table("measure", "case", "result", "target", "met");

        for (int scale : new int[] {1, 2}) {
            String size = scale == 1 ? "1920x1080" : "3840x2160 (HD layout at 2x)";
            for (Map.Entry<String, SlideSpec> slide : slides.entrySet()) {
                Percentiles shownAgain = RenderTiming.time(renderer, slide.getValue(), () -> playerImages, scale, 5, runs);
                Percentiles first = RenderTiming.time(renderer, slide.getValue(),
                        () -> new DecodedImageCache(sampleMedia, imageBudget), scale, 5, runs);
                table.row("render p50 / p95 (ms)", slide.getKey() + " @ " + size,
                        shownAgain.p50p95() + " (first showing " + first.p50p95() + ")", "", "");
            }
        }

        List<SlideSpec> cycle = new ArrayList<>(slides.values());
        for (ItemGap.Mode mode : ItemGap.Mode.values()) {
            Percentiles gap = ItemGap.run(renderer, cycle, playerImages, mode, GAP_ITEMS, GAP_ITEM_MILLIS);
            String how = mode == ItemGap.Mode.PREPARED ? "image -> image, next frame rendered ahead (as the player does)"
                    : "image -> image, rendered at the switch (the player before it rendered ahead)";
            boolean player = mode == ItemGap.Mode.PREPARED;
            table.row("item gap p50 / p95 (max) (ms)", how, gap.p50p95() + String.format(" (%.1f)", gap.maxMillis()),
                    player ? String.format("< %.1f ms", FRAME_60HZ_MS) : "(comparison)",
                    player ? met(gap.p95Millis() < FRAME_60HZ_MS) : "");
        }
        videoRows(table, work, 10, 20);

        Path photos4k = PlayerMedia.writePhotos(work.resolve("photos-4k"), 3840, 2160);
        heapRow(table, DisplayClass.HD_LANDSCAPE, 1, photos4k, heapItems, HD_HEAP_MB, true, false);
        heapRow(table, DisplayClass.HD_LANDSCAPE, 2, photos4k, heapItems, HD_HEAP_MB, false, false);
        for (DisplayClass eink : List.of(DisplayClass.EINK_GRAY16, DisplayClass.EINK_BWR_LABEL, DisplayClass.EINK_BW)) {
            heapRow(table, eink, 1, photos4k, heapItems, EINK_HEAP_MB, true, false);
        }
        heapRow(table, DisplayClass.EINK_GRAY16, 1, photos4k, heapItems, EINK_HEAP_MB, false, true);

        TempDirs.delete(work);
        System.out.print(table.render());
        System.out.println();
        System.out.println("Render: SlideRenderer.render of each template's English sample slide on hd-landscape, " + runs
                + " runs after 5 warm-up; the 3840x2160 rows paint the same layout through a 2x transform (there is no 4K display class). "
                + "Product images are the 800x800 samples in media/images (16-bit RGBA PNG) in the player's MediaCache (read, sha256-checked, decoded for the box they are drawn into), "
                + "kept decoded between renders by a DecodedImageCache of " + imageBudget / (1024 * 1024) + " MB as the player's ItemFrames keeps them: "
                + "the first number is a slide shown again, 'first showing' renders with an empty DecodedImageCache so every image is read and decoded (an image shown twice on the slide once).");
        System.out.println("Item gap: " + GAP_ITEMS + " items of " + GAP_ITEM_MILLIS + " ms cycling through the templates on one playback thread that waits like Player.holdWhileCurrent; "
                + "gap = item boundary to FrameOutput.show() of the next frame (the output only records System.nanoTime(); no screen copy or vsync).");
        System.out.println("Video start: a 3 s ffmpeg testsrc clip, 1920x1080 30 fps (libx264, yuv420p), through libvlc (vlcj). "
                + "Cold: VideoDecoder.play() on a freshly opened decoder (opening not timed) to the first frame copied into its memory buffer "
                + "(FirstFrameEvent.startLatency), as the player started videos before it cued them. "
                + "Pre-rolled: the clip is cued on a VideoDeck while the previous clip plays (loaded and paused on its first frame; "
                + "one libvlc instance, two decoders taking turns), then VideoDeck.start() at the switch; 'drawable' = switch to the on-air decoder "
                + "holding the new clip's frame, 'moving' = switch to the next decoded frame (start() duration + resume-to-frame, an upper bound). "
                + "'On screen' = the same through ScreenOutput (1920x1080 window, cut) in a child JVM with a display (Xvfb through xvfb-run when "
                + "DISPLAY is unset), every other switch from a video and the others from a slide: video().play() to the render thread's first "
                + "flip of a picture with the video in it. Each switch waits until the cued clip holds its first frame (a real item lasts seconds; "
                + "cueing takes a few hundred milliseconds); a clip switched to before that starts as soon as libvlc decodes it.");
        System.out.println("Heap: child JVM per row, " + heapItems + " items cycling through the templates with 3840x2160 product images (PNG) in a MediaCache, "
                + "the frame on screen kept while the next is rendered; peak = largest heap used after System.gc(), "
                + "each image decoded for the box it is drawn into (subsampled to no less than twice the drawn size) and kept in the player's DecodedImageCache within the class's budget "
                + "(" + imageBudgets() + "); "
                + "sampled each time the renderer receives an image (mid-paint: old frame + new frame + decoded image + kept images live) and after each frame; "
                + "idle = after set-up, before the first slide. E-ink rows render for the panel and go through EinkOutput (pipeline included) "
                + "into a panel that drops the updates, standing in for a hardware controller that holds its own image; "
                + "the 'simulated glass' row uses SimulatedPanel.inMemory as the demo's e-ink players do. JVM default GC (G1).");
    }

    private static void videoRows(Table table, Path work, int coldPlays, int preRolledPlays) throws Exception {
        String what = "1920x1080 30 fps H.264";
        Path clip;
        try {
            clip = VideoStart.clip(work);
        } catch (IOException e) {
            table.row("video start (ms)", what, "not measured: " + e.getMessage(), "< 100 ms", "n/a");
            return;
        }
        VideoStart.Result video = VideoStart.run(clip, coldPlays, preRolledPlays);
        if (video.problem() != null) {
            table.row("video start (ms)", what, "not measured: " + video.problem(), "< 100 ms", "n/a");
            return;
        }
        table.row("video start (ms)", "cold: play() to first frame, " + what + ", first play in the process",
                String.format("%.1f", video.firstPlayMillis()), "(comparison)", "");
        table.row("video start p50 / p95 (max) (ms)", "cold: same, next " + coldPlays + " plays (a fresh decoder each, no pre-roll)",
                pct(video.cold()), "(comparison)", "");
        table.row("video start p50 / p95 (max) (ms)", "pre-rolled: switch to first frame drawable (cued on its first frame), " + preRolledPlays + " switches",
                pct(video.preRolled()), "< 100 ms", met(video.preRolled().p95Millis() < 100));
        table.row("video moving p50 / p95 (max) (ms)", "pre-rolled: switch to the next decoded frame (one frame = 33.3 ms)",
                pct(video.moving()), "(no target)", "");
        VideoOnScreen.Result screen = VideoOnScreen.run(clip, preRolledPlays);
        if (screen.problem() != null) {
            table.row("video on screen p50 / p95 (max) (ms)", "pre-rolled, ScreenOutput 1920x1080", "not measured: " + screen.problem(),
                    "< 100 ms", "n/a");
        } else {
            table.row("video on screen p50 / p95 (max) (ms)", "pre-rolled: switch to first flip showing it, ScreenOutput 1920x1080, cut, " + preRolledPlays + " switches",
                    pct(screen.onScreen()), "< 100 ms", met(screen.onScreen().p95Millis() < 100));
        }
    }

    private static String pct(Percentiles p) {
        return p.p50p95() + String.format(" (%.1f)", p.maxMillis());
    }

    private static void heapRow(Table t, DisplayClass cls, int scale, Path images, int items, int capMb, boolean target,
                                boolean simulatedGlass) throws Exception {
        HeapRun.Result r = HeapRun.run(cls, scale, images, items, capMb, simulatedGlass);
        String what = cls.id() + (scale == 1 ? "" : " frames at 3840x2160") + (simulatedGlass ? " + simulated glass" : "")
                + ", 4K images, -Xmx" + capMb + "m";
        String result = r.completed()
                ? String.format("peak %.1f MB after GC (%.1f MB idle); all %d items", r.peakMb(), r.baseMb(), r.items())
                : String.format("peak %.1f MB after GC (%.1f MB idle); FAILED: %s", r.peakMb(), r.baseMb(), r.detail());
        t.row("player heap", what, result, target ? "< " + capMb + " MB" : "(no target)",
                target ? met(r.completed() && r.peakMb() < capMb) : (r.completed() ? "completes" : "NO"));
    }

    private static String imageBudgets() {
        return Arrays.stream(DisplayClass.values())
                .map(c -> c.id() + " " + DecodedImageCache.budgetFor(c) / 1024 + " KB")
                .collect(Collectors.joining(", "));
    }

    private static String met(boolean ok) {
        return ok ? "yes" : "NO";
    }
}
