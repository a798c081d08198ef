package com.storefront.signage.bench;

import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.DecodedImageCache;
import com.storefront.signage.core.render.ImageTarget;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.PanelFrame;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.node.eink.EinkOutput;
import com.storefront.signage.node.eink.PanelDriver;
import com.storefront.signage.node.eink.SimulatedPanel;
import com.storefront.signage.node.play.FrameInfo;
import java.awt.image.BufferedImage;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * The child JVM of the heap measurement ({@code render-heap-probe CLASS SCALE IMAGES ITEMS [simulated]}): plays
 * {@code ITEMS} slides cycling through every template, images from {@code IMAGES} through a
 * player's media cache, decoded for their boxes and kept within the class's
 * {@link DecodedImageCache#budgetFor budget}, keeping only the frame on screen and the next one as the player would.
 * HD classes render with {@link SlideRenderer#render}; e-ink classes go through
 * {@link EinkOutput} into a panel that drops the updates (a hardware panel's stand-in) or, with
 * {@code simulated}, an in-memory simulated panel. After each item it collects garbage and
 * prints the largest used heap seen, then {@code OK} or {@code OOM}.
 */
final class HeapProbe {
    private static final MemoryMXBean MEMORY = ManagementFactory.getMemoryMXBean();
    private static long peak;

    private HeapProbe() {
    }

    static void main(String[] args) throws Exception {
        DisplayClass cls = DisplayClass.of(args[0]);
        int scale = Integer.parseInt(args[1]);
        Path images = Path.of(args[2]);
        int items = Integer.parseInt(args[3]);
        boolean simulatedGlass = args.length > 4 && args[4].equals("simulated");
        int done = 0;
        Path work = Files.createTempDirectory("heap-probe");
        try {
            SlideRenderer renderer = SlideRenderer.fromClassPath();
            // decoded images kept between items as the player's ItemFrames keeps them for this class
            MediaSource cache = new DecodedImageCache(PlayerMedia.of(images, work), DecodedImageCache.budgetFor(cls));
            // sampled while a decoded image is held mid-paint, when the live heap is largest
            MediaSource media = new MediaSource() {
                @Override
                public Optional<BufferedImage> image(String ref) {
                    return sampled(cache.image(ref));
                }

                @Override
                public Optional<BufferedImage> image(String ref, ImageTarget target) {
                    return sampled(cache.image(ref, target));
                }
            };
            List<SlideSpec> slides = List.copyOf(SampleSlides.english(TemplateCatalog.fromClassPath()).values());
            EinkOutput eink = cls.isEink() ? einkOutput(cls, simulatedGlass) : null;
            Object onScreen = null;
            sample();
            System.out.println("BASE " + peak);
            for (int i = 0; i < items; i++) {
                SlideSpec spec = slides.get(i % slides.size());
                // the next frame is built while the current one is still referenced by the screen
                Object next = eink != null ? renderer.renderForPanel(spec, cls, media) : renderer.render(spec, cls, media, scale);
                sample();
                if (eink != null) {
                    eink.showPanel((PanelFrame) next, info(cls, i), ZoneId.of("Europe/Sofia"), "heap-probe");
                }
                sample();
                onScreen = next;
                done++;
            }
            System.out.println("PEAK " + peak + " ITEMS " + done + " FRAME " + describe(onScreen));
            System.out.println("OK");
        } catch (OutOfMemoryError e) {
            System.out.println("PEAK " + peak + " ITEMS " + done);
            System.out.println("OOM " + e.getMessage() + " at " + where(e));
        } finally {
            TempDirs.delete(work);
        }
    }

    /** The first frame of the project's own code, which says which step ran out. */
    private static String where(Throwable e) {
        for (StackTraceElement f : e.getStackTrace()) {
            if (f.getClassName().startsWith("com.storefront")) {
                return f.getClassName().replaceFirst(".*\\.", "") + "." + f.getMethodName() + ":" + f.getLineNumber();
            }
        }
        return "?";
    }

    private static Optional<BufferedImage> sampled(Optional<BufferedImage> image) {
        sample();
        return image;
    }

    private static void sample() {
        System.gc();
        peak = Math.max(peak, MEMORY.getHeapMemoryUsage().getUsed());
    }

    /**
     * A hardware panel keeps its image in the controller: its stand-in here drops each update. The
     * simulated panel (what the demo's e-ink players run) models the glass per pixel in the heap.
     */
    private static EinkOutput einkOutput(DisplayClass cls, boolean simulatedGlass) {
        PanelProfile profile = PanelProfiles.forDisplayClass(cls).orElseThrow();
        PanelDriver driver = simulatedGlass ? PanelDriver.simulated(SimulatedPanel.inMemory(profile, Clock.systemUTC()))
                : (update, frame) -> { };
        return new EinkOutput(profile, driver, null, "heap-probe", null, Clock.systemUTC());
    }

    private static FrameInfo info(DisplayClass cls, int i) {
        return new FrameInfo(FrameInfo.ITEM, "item-" + i, "slide-" + i, "campaign", "1", cls.id(), null);
    }

    private static String describe(Object frame) {
        BufferedImage image = frame instanceof PanelFrame p ? p.frame() : (BufferedImage) frame;
        return image == null ? "none" : image.getWidth() + "x" + image.getHeight();
    }
}
