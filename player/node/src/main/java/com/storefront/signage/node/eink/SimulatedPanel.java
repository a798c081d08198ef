package com.storefront.signage.node.eink;

import com.storefront.signage.core.eink.EnergyModel;
import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.core.eink.Rect;
import com.storefront.signage.core.eink.Waveform;
import com.storefront.signage.core.eink.WaveformMode;
import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.node.cache.AtomicFiles;
import com.storefront.signage.node.journal.AppendOnlyLog;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;
import javax.imageio.ImageIO;

/**
 * An e-paper panel without hardware, for the demo, the gallery and tests. It keeps the glass
 * ({@link GlassState}: palette indices plus ghosting), takes the same updates a real panel would,
 * refusing what a real one would refuse, and charges each the profile's figures: the mode's time,
 * the mode's energy for the area plus the energy of moving the packed bytes. The device's wake
 * energy is not charged here: one wake may carry several updates, and the pipeline counts wakes.
 *
 * <p>When given a directory it keeps {@code glass.png} (what the glass shows, replaced atomically
 * after each update) and {@code updates.jsonl} (one {@link SimulatedRefresh} per line, append-only).
 * Not thread-safe: one thread drives a panel, as with a real one.
 */
public final class SimulatedPanel {
    public static final String GLASS_PNG = "glass.png";
    public static final String UPDATE_LOG = "updates.jsonl";

    private final PanelProfile profile;
    private final EnergyModel energy;
    private final GlassState glass;
    private final Clock clock;
    private final Path dir;
    private final AppendOnlyLog log;
    private long sequence;
    private PanelTotals totals = PanelTotals.NONE;

    private SimulatedPanel(PanelProfile profile, Clock clock, Path dir, AppendOnlyLog log) {
        this.profile = Objects.requireNonNull(profile, "profile");
        this.energy = new EnergyModel(profile);
        this.glass = new GlassState(profile);
        this.clock = Objects.requireNonNull(clock, "clock");
        this.dir = dir;
        this.log = log;
        this.sequence = log == null ? 0 : log.lines();
    }

    /** A panel that only keeps its state in memory (benchmarks, tests). */
    public static SimulatedPanel inMemory(PanelProfile profile, Clock clock) {
        return new SimulatedPanel(profile, clock, null, null);
    }

    /** A panel that writes its glass and its update log to {@code dir}; an existing log is continued. */
    public static SimulatedPanel writingTo(PanelProfile profile, Path dir, Clock clock) throws IOException {
        return new SimulatedPanel(profile, clock, dir, AppendOnlyLog.open(dir.resolve(UPDATE_LOG)));
    }

    public PanelProfile profile() {
        return profile;
    }

    /** Performs {@code update} with the pixels of {@code frame} inside its area. */
    public SimulatedRefresh apply(PanelUpdate update, IndexedFrame frame) throws IOException {
        UpdateAreaRules.check(update, frame, profile, 0);
        Rect area = update.area();
        glass.requireInPalette(frame, area);
        WaveformMode mode = profile.mode(update.waveform()).orElseThrow();
        boolean clean = update.clean() || mode.clearsGhosting();
        glass.apply(frame, area, clean, ghostStep(update.waveform()));

        long bytes = (long) profile.rowBytes(area.width()) * area.height();
        // the same figures as the pipeline's energy model, so the simulated glass and the forecast agree
        double millijoules = mode.millijoules(area.area()) + energy.transferMillijoules(bytes);
        SimulatedRefresh refresh = new SimulatedRefresh(++sequence, clock.instant(), area, update.waveform(), clean,
                mode.millis(), millijoules, bytes, glass.maxGhost());
        totals = totals.plus(refresh);
        if (dir != null) {
            log.append(ProtocolJson.write(refresh));
            AtomicFiles.write(dir.resolve(GLASS_PNG), png(glass.image()));
        }
        return refresh;
    }

    /** Everything done since this panel was created. */
    public PanelTotals totals() {
        return totals;
    }

    /** What the glass shows now, in the profile's measured colours with ghosting. */
    public BufferedImage glassImage() {
        return glass.image();
    }

    /** The highest ghost level on the glass: 0 after a clean refresh, below 0.5 always. */
    public double maxGhostLevel() {
        return glass.maxGhost();
    }

    public double ghostLevelAt(int x, int y) {
        return glass.ghostAt(x, y);
    }

    /** The most partial updates any pixel has taken since its last clean refresh. */
    public int maxPartialsSinceClean() {
        return glass.maxPartialsSinceClean();
    }

    // Share of the remaining ghost headroom one partial update adds. Ranked as panels behave:
    // A2 ghosts worst, DU next, GL16 little; other partial modes in between.
    private static float ghostStep(Waveform waveform) {
        return switch (waveform) {
            case A2 -> 0.08f;
            case DU -> 0.05f;
            case GL16 -> 0.02f;
            default -> 0.04f;
        };
    }

    private static byte[] png(BufferedImage image) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
