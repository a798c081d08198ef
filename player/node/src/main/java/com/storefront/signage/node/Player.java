package com.storefront.signage.node;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.Heartbeat;
import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.protocol.ManifestHint;
import com.storefront.signage.core.protocol.PairingStatus;
import com.storefront.signage.core.protocol.PairingTicket;
import com.storefront.signage.core.protocol.PlayItem;
import com.storefront.signage.core.protocol.RenderError;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.schedule.ManifestTimeline;
import com.storefront.signage.core.schedule.Play;
import com.storefront.signage.core.schedule.ScheduleResolver;
import com.storefront.signage.core.template.SlideRenderException;
import com.storefront.signage.node.cache.MediaCache;
import com.storefront.signage.node.health.RenderErrors;
import com.storefront.signage.node.play.FrameInfo;
import com.storefront.signage.node.play.FrameOutput;
import com.storefront.signage.node.play.ItemFrames;
import com.storefront.signage.node.play.VideoClip;
import com.storefront.signage.node.proof.ProofOfPlay;
import com.storefront.signage.node.proof.ProofOfPlayStats;
import com.storefront.signage.node.sync.DeviceState;
import com.storefront.signage.node.sync.HintChannel;
import com.storefront.signage.node.sync.HintedFetch;
import com.storefront.signage.node.sync.ReconnectBackoff;
import com.storefront.signage.node.sync.ServerClient;
import com.storefront.signage.node.sync.ServerClock;
import com.storefront.signage.core.protocol.CommandHint;
import com.storefront.signage.node.command.CacheSweep;
import com.storefront.signage.node.command.CommandActions;
import com.storefront.signage.node.command.CommandRunner;
import com.storefront.signage.node.command.HandledCommands;
import com.storefront.signage.node.eink.EinkOutput;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.IntConsumer;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.Set;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.random.RandomGenerator;

/**
 * A player node. Threading contract: the <b>sync thread</b> pairs, polls the server and downloads
 * media; the <b>playback thread</b> alone renders and writes frames, and starts, cues and stops
 * videos on the output. They share only the current manifest, swapped atomically once every file it
 * needs is verified in the cache, and the pairing code to show. Nothing else is shared. The
 * {@link HintChannel} (its own timer thread and the HTTP client's) only wakes the sync thread when
 * the server hints at a manifest version other than the one playing. A video that cannot play is
 * reported to the {@link #onPlaybackProblem} listener, from the playback thread or a video event thread.
 */
public final class Player implements AutoCloseable {
    public static final String VERSION = "0.1.0";
    private static final long HEARTBEAT_EVERY_NANOS = 60_000_000_000L;
    /** With the hint socket up, changes arrive as hints; a manifest poll only every this many intervals is the safety net. */
    private static final int POLLS_PER_FETCH_WHILE_HINTED = 10;
    private static final Logger LOG = Logger.getLogger(Player.class.getName());

    private final PlayerConfig config;
    private final ServerClock clock;
    private final ServerClient client;
    private final DeviceState state;
    private final MediaCache cache;
    private final SlideRenderer renderer;
    private final FrameOutput output;
    private final ItemFrames frames;
    private final ProofOfPlay proof;
    private Prepared prepared;
    private final AtomicReference<Manifest> current = new AtomicReference<>();
    private final Object changed = new Object();
    private final long startedAt = System.nanoTime();
    private long lastHeartbeat = Long.MIN_VALUE;
    private final RenderErrors renderErrors = new RenderErrors();
    private volatile String currentItemId;
    private int scrubCursor;
    private volatile Instant lastSyncAt;
    private volatile String pairingCode;
    private volatile Consumer<String> playbackProblems = problem -> {
    };
    private final Set<String> loggedProblems = new LinkedHashSet<>();
    private volatile boolean running;
    private Thread syncThread;
    private Thread playbackThread;
    private final ScheduledExecutorService hintTimer;
    private final HintChannel hints;
    private final Object syncRequest = new Object();
    private boolean syncRequested;
    private long lastFetchNanos;
    private final ReconnectBackoff failureBackoff;
    private final CommandRunner commands;
    private final IntConsumer exit;
    private volatile BufferedImage lastFrame;
    private final ConcurrentLinkedQueue<FutureTask<?>> playbackTasks = new ConcurrentLinkedQueue<>();
    private String syncToken;

    public Player(PlayerConfig config, SlideRenderer renderer, FrameOutput output) throws IOException {
        this(config, renderer, output, Clock.systemUTC());
    }

    /** {@code localClock} is the device's own clock; schedules follow it corrected against the server's. */
    public Player(PlayerConfig config, SlideRenderer renderer, FrameOutput output, Clock localClock) throws IOException {
        this(config, renderer, output, localClock, System::exit);
    }

    /** {@code exit} ends the process with a status when a remote command asks for a restart (tests pass a recorder). */
    public Player(PlayerConfig config, SlideRenderer renderer, FrameOutput output, Clock localClock, IntConsumer exit) throws IOException {
        this.config = config;
        this.exit = exit;
        this.clock = new ServerClock(localClock);
        this.client = new ServerClient(config.server(), clock);
        this.state = new DeviceState(config.dataDir());
        this.cache = new MediaCache(config.dataDir().resolve("media"));
        this.renderer = renderer;
        this.output = output;
        this.frames = new ItemFrames(renderer, cache, output);
        Duration second = Duration.ofSeconds(1);
        this.failureBackoff = new ReconnectBackoff(second, config.pollInterval().compareTo(second) < 0 ? second : config.pollInterval(),
                RandomGenerator.getDefault());
        this.hintTimer = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "player-hints");
            t.setDaemon(true);
            return t;
        });
        this.hints = HintChannel.forPlayer(config.server(), HttpClient.newHttpClient(), hintTimer, new HintChannel.Listener() {
            @Override
            public void onHint(ManifestHint hint) {
                Manifest playing = current.get();
                HintedFetch.delayMillis(hint, playing == null ? null : playing.version(), ThreadLocalRandom.current()).ifPresent(delay -> {
                    if (delay == 0) {
                        requestSync();
                    } else {
                        hintTimer.schedule(Player.this::requestSync, delay, TimeUnit.MILLISECONDS);
                    }
                });
            }

            @Override
            public void onCommand(CommandHint command) {
                commands.offer(command);
                requestSync();
            }

            @Override
            public void onRefused() {
                requestSync();
            }
        });
        this.commands = new CommandRunner(new HandledCommands(config.dataDir()), client, new Actions());
        this.proof = ProofOfPlay.open(config.dataDir().resolve("proof-of-play"), clock);
        output.video().onFailure(problem -> {
            String item = currentItemId;
            if (item != null) {
                renderErrors.record(item, null, "video", "video failed while playing: " + problem, clock.instant());
            }
            playbackProblem("video failed while playing: " + problem);
        });
        state.manifest().filter(m -> m.mediaNeeded().stream().allMatch(cache::has)).ifPresent(current::set);
    }

    public void start() {
        running = true;
        syncThread = new Thread(this::syncLoop, "player-sync");
        playbackThread = new Thread(this::playbackLoop, "player-playback");
        syncThread.setDaemon(true);
        playbackThread.setDaemon(true);
        syncThread.start();
        playbackThread.start();
    }

    /** The code on screen while waiting to be paired. */
    public Optional<String> pairingCode() {
        return Optional.ofNullable(pairingCode);
    }

    /** The device clock minus the server's, once measured. */
    public Optional<Long> clockSkewMs() {
        return Optional.ofNullable(clock.skewMs());
    }

    /**
     * Where playback problems go besides the log (a video that cannot play: libvlc missing, a corrupt
     * file, a decode error); the previous frame stays on screen in each case. Replaces any earlier listener.
     */
    public void onPlaybackProblem(Consumer<String> listener) {
        playbackProblems = listener;
    }

    /** The manifest being played, if any. */
    public Optional<Manifest> manifest() {
        return Optional.ofNullable(current.get());
    }

    /** What proof of play has recorded and uploaded since start. */
    public ProofOfPlayStats proofOfPlay() {
        return proof.stats();
    }

    @Override
    public void close() {
        running = false;
        hints.close();
        hintTimer.shutdownNow();
        wake();
        requestSync();
        for (Thread t : new Thread[] {syncThread, playbackThread}) {
            if (t != null) {
                t.interrupt();
                try {
                    t.join(5000);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
        }
        // the playback thread has ended: no one else calls the output now
        output.video().stop();
    }

    // ---- sync thread ----

    private void syncLoop() {
        int failures = 0;
        boolean fetch = true;
        while (running) {
            try {
                String token = state.token().orElse(null);
                if (token == null) {
                    token = pair();
                    if (token == null) {
                        return;
                    }
                }
                hints.open(token);
                if (fetch || !hints.isOpen() || System.nanoTime() - lastFetchNanos
                        >= config.pollInterval().toNanos() * POLLS_PER_FETCH_WHILE_HINTED) {
                    sync(token);
                    lastFetchNanos = System.nanoTime();
                    lastSyncAt = clock.instant();
                } else if (current.get() != null) {
                    downloadMissing(token, current.get());
                }
                syncToken = token;
                commands.runQueued(token);
                heartbeat(token);
                uploadPlays(token);
                failures = 0;
                fetch = awaitSyncRequest(jittered(config.pollInterval().toMillis()));
            } catch (ServerClient.Unauthorized e) {
                LOG.warning("the server refused this player's token; pairing again");
                hints.stop();
                forget();
                fetch = true;
            } catch (IOException | RuntimeException e) {
                // full jitter, capped at the poll interval, so a fleet does not return in lockstep
                long delay = failureBackoff.delayMillis(failures++);
                LOG.log(Level.INFO, "sync failed (" + e.getMessage() + "); playing on from cache");
                sleep(delay);
                fetch = true;
            }
        }
    }

    /** Between half and one and a half poll intervals, so players started together do not poll together. */
    private static long jittered(long millis) {
        return millis / 2 + ThreadLocalRandom.current().nextLong(millis + 1);
    }

    /** Asks the sync thread to fetch the manifest now (a hint named another version, or the socket was refused). */
    private void requestSync() {
        synchronized (syncRequest) {
            syncRequested = true;
            syncRequest.notifyAll();
        }
    }

    /** Waits until the poll interval is over or a sync is requested; true when requested. */
    private boolean awaitSyncRequest(long millis) {
        long deadline = System.nanoTime() + millis * 1_000_000;
        synchronized (syncRequest) {
            try {
                while (!syncRequested && running) {
                    long left = deadline - System.nanoTime();
                    if (left <= 0) {
                        return false;
                    }
                    syncRequest.wait(Math.max(1, left / 1_000_000));
                }
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
            boolean requested = syncRequested;
            syncRequested = false;
            return requested;
        }
    }

    private void sync(String token) throws IOException {
        Manifest known = current.get();
        Optional<Manifest> fresh = client.manifest(token, known == null ? null : known.version());
        if (fresh.isEmpty()) {
            if (known != null) {
                // the cache deletes a file it finds corrupt while playing; an unchanged manifest still needs it
                scrubOne(known);
                downloadMissing(token, known);
            }
            return;
        }
        Manifest manifest = fresh.get();
        downloadMissing(token, manifest);
        state.saveManifest(manifest);
        current.set(manifest);
        keepCacheInBudget(manifest);
        LOG.info("playing manifest " + manifest.version() + " with " + manifest.entries().size() + " entr(ies)");
        if (!ScheduleResolver.resolve(manifest.entries(), ZoneId.of(manifest.timeZone()), manifest.windowStart(), manifest.validUntil())
                .equals(manifest.timeline())) {
            // same code on both sides should give the same timeline; the shipped one is followed either way
            LOG.warning("manifest " + manifest.version() + ": the server's timeline differs from this player's resolution of its rules");
        }
        wake();
    }

    /** At most once a minute, or with the next sync after a failure: on a battery device every request costs a radio wake. */
    private void heartbeat(String token) throws IOException {
        long now = System.nanoTime();
        // a slide that failed to show is news for marketing: it rides on the next sync rather than waiting out the minute
        if (lastHeartbeat != Long.MIN_VALUE && now - lastHeartbeat < HEARTBEAT_EVERY_NANOS && renderErrors.isEmpty()) {
            return;
        }
        lastHeartbeat = now;
        List<RenderError> errors = renderErrors.take();
        try {
            client.heartbeat(token, new Heartbeat(VERSION, (now - startedAt) / 1_000_000_000L, output.battery().orElse(null),
                    freeDiskBytes(), currentItemId, lastSyncAt, clock.skewMs(), heartbeatSeconds(), errors));
        } catch (ServerClient.Unauthorized e) {
            renderErrors.restore(errors);
            throw e;
        } catch (IOException e) {
            // the schedule synced; a lost heartbeat only delays the fleet view until the next one
            renderErrors.restore(errors);
            LOG.info("heartbeat not delivered: " + e.getMessage());
        }
    }

    /** After the schedule and the heartbeat: plays wait in the journal, so a failure only delays them to the next poll. */
    private void uploadPlays(String token) throws IOException {
        Manifest manifest = current.get();
        if (manifest == null) {
            return;
        }
        try {
            proof.upload(manifest.displayId(), batch -> client.uploadPlays(token, batch));
        } catch (ServerClient.Unauthorized e) {
            throw e;
        } catch (IOException e) {
            LOG.info("plays not uploaded yet: " + (e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
    }

    /** The interval promised to the server: a heartbeat follows a sync, at most once a minute. */
    private int heartbeatSeconds() {
        long seconds = Math.max(HEARTBEAT_EVERY_NANOS / 1_000_000_000L, config.pollInterval().toSeconds());
        return (int) Math.min(86_400, Math.max(10, seconds));
    }

    private Long freeDiskBytes() {
        try {
            return Files.getFileStore(config.dataDir()).getUsableSpace();
        } catch (IOException e) {
            return null;
        }
    }

    /** What failed to show since the last heartbeat, for tests and the LAN page. */
    public RenderErrors renderErrors() {
        return renderErrors;
    }

    private void keepCacheInBudget(Manifest manifest) {
        try {
            cache.markNeeded(manifest.mediaNeeded());
            long over = cache.prune(java.util.Set.copyOf(manifest.mediaNeeded()), config.cacheBudgetBytes());
            if (over > 0) {
                LOG.warning("the media the next 7 days need exceed the cache budget by " + over / (1024 * 1024)
                        + " MB; all kept, raise --cache-mb");
            }
        } catch (IOException e) {
            LOG.warning("cannot prune the media cache: " + e.getMessage());
        }
    }

    /**
     * Re-hashes one needed file per sync, in turn. Decoded images are kept in memory, so a file that
     * rots on disk after it was first shown is not read again until a restart; this finds it (and the
     * cache deletes it, to be fetched again) within as many syncs as the manifest has files, at the
     * cost of one file's hash per sync.
     */
    private void scrubOne(Manifest manifest) {
        List<String> needed = manifest.mediaNeeded();
        if (!needed.isEmpty()) {
            String sha = needed.get(Math.floorMod(scrubCursor++, needed.size()));
            if (cache.has(sha) && cache.verifiedFile(sha).isEmpty()) {
                LOG.warning("cached media " + sha + " no longer matches its hash; fetching it again");
            }
        }
    }

    private void downloadMissing(String token, Manifest manifest) throws IOException {
        for (String sha : manifest.mediaNeeded()) {
            if (!cache.has(sha)) {
                client.download(token, sha, cache);
            }
        }
    }

    private String pair() throws IOException {
        PairingTicket ticket = client.requestPairing(config.displayClass(), VERSION);
        showCode(ticket.code());
        while (running) {
            sleep(ticket.pollAfterMs());
            PairingStatus status = client.pollPairing(ticket);
            switch (status.status()) {
                case PairingStatus.CLAIMED -> {
                    state.saveToken(status.deviceToken());
                    showCode(null);
                    LOG.info("paired as display " + status.displayId());
                    return status.deviceToken();
                }
                case PairingStatus.EXPIRED -> {
                    ticket = client.requestPairing(config.displayClass(), VERSION);
                    showCode(ticket.code());
                }
                default -> {
                }
            }
        }
        return null;
    }

    private void forget() {
        try {
            state.forgetToken();
        } catch (IOException e) {
            LOG.warning("cannot delete the refused token: " + e.getMessage());
        }
        current.set(null);
        wake();
    }

    private void showCode(String code) {
        pairingCode = code;
        wake();
    }

    /** Remote commands, run on the sync thread ({@link CommandRunner}). */
    private final class Actions implements CommandActions {
        @Override
        public String reload() throws IOException {
            Manifest manifest = client.manifest(syncToken, null)
                    .orElseThrow(() -> new IOException("the server answered 304 to a fetch without an ETag"));
            downloadMissing(syncToken, manifest);
            state.saveManifest(manifest);
            // a new manifest object: the playback thread shows the current item again even when the version is the same
            current.set(manifest);
            keepCacheInBudget(manifest);
            lastSyncAt = clock.instant();
            wake();
            return "fetched manifest " + manifest.version() + " and showed the current item again";
        }

        @Override
        public String clearCache() throws IOException {
            Manifest manifest = current.get();
            java.util.Set<String> needed = manifest == null ? java.util.Set.of() : java.util.Set.copyOf(manifest.mediaNeeded());
            CacheSweep.Result swept = CacheSweep.sweep(config.dataDir().resolve("media"), needed);
            if (manifest != null) {
                downloadMissing(syncToken, manifest);
            }
            return "deleted " + swept.deleted() + " file(s) the manifest does not need, re-fetched " + swept.corrupt()
                    + " corrupt, kept " + swept.kept();
        }

        @Override
        public String fullRefresh() throws IOException {
            if (!(output instanceof EinkOutput eink)) {
                throw new IOException("this player drives no e-ink panel");
            }
            FutureTask<Integer> task = new FutureTask<>(eink::cleanRefresh);
            playbackTasks.add(task);
            wake();
            try {
                return "clean full refresh: " + task.get(60, TimeUnit.SECONDS) + " update(s)";
            } catch (ExecutionException e) {
                throw new IOException(e.getCause().getMessage(), e.getCause());
            } catch (TimeoutException e) {
                throw new IOException("the panel did not refresh within 60 s");
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted");
            }
        }

        @Override
        public Optional<BufferedImage> frame() {
            return Optional.ofNullable(lastFrame);
        }

        @Override
        public void restart() {
            LOG.warning("restarting as a remote command asks (exit status " + CommandRunner.RESTART_STATUS + ")");
            exit.accept(CommandRunner.RESTART_STATUS);
        }
    }

    // ---- playback thread ----

    private void playbackLoop() {
        String shownCode = null;
        String shownItem = null;
        Instant shownStart = null;
        Manifest shownManifest = null;
        ManifestTimeline timeline = null;
        boolean itemOnScreen = false;
        while (running) {
            Manifest manifest = current.get();
            if (manifest == null || !manifest.hasItems()) {
                proof.playing(manifest, null);
                String code = pairingCode;
                if (manifest == null && code != null && !code.equals(shownCode)) {
                    showPairing(code);
                    shownCode = code;
                } else if (manifest != null && manifest != shownManifest) {
                    showIdle(manifest);
                    shownManifest = manifest;
                }
                waitForChange(1000);
                continue;
            }
            shownCode = null;
            if (timeline == null || timeline.manifest() != manifest) {
                timeline = new ManifestTimeline(manifest);
            }
            Instant now = clock.instant();
            Play play = timeline.playAt(now);
            if (play == null) {
                proof.playing(manifest, null);
                // nothing scheduled now (every campaign capped, no default loop): idle until something is
                if (shownItem != null || manifest != shownManifest) {
                    showIdle(manifest);
                    shownItem = null;
                    shownManifest = manifest;
                }
                holdWhileCurrent(manifest, 1000);
                continue;
            }
            // a slide repeated back to back stays on screen; a video starts over for each of its plays
            boolean videoAgain = play.item().showsVideo() && !play.start().equals(shownStart);
            if (!play.item().id().equals(shownItem) || manifest != shownManifest || videoAgain) {
                itemOnScreen = show(manifest, play.item());
                proof.playing(manifest, itemOnScreen ? play : null);
                shownItem = play.item().id();
                shownStart = play.start();
                shownManifest = manifest;
                prepareNext(manifest, timeline, play);
            } else {
                // the same item in the timeline's next slot: the screen keeps it, proof of play counts a new play
                proof.playing(manifest, itemOnScreen ? play : null);
            }
            holdWhileCurrent(manifest, Math.max(1, play.end().toEpochMilli() - clock.instant().toEpochMilli()));
        }
        proof.playing(null, null);
    }

    /** Whether the item is on screen now; when it cannot be shown, the previous frame stays. */
    private boolean show(Manifest manifest, PlayItem item) {
        if (item.showsVideo()) {
            return showVideo(manifest, item);
        }
        try {
            ItemFrames.Rendered frame = prepared != null && prepared.matches(manifest, item) && prepared.frame() != null
                    ? prepared.frame() : frames.render(item.slide(), manifest.displayClass());
            prepared = null;
            lastFrame = frame.image() != null ? frame.image() : frame.panel().frame();
            frames.show(frame, new FrameInfo(FrameInfo.ITEM, item.id(), item.slideId(), item.campaignId(), manifest.version(),
                    manifest.displayClass().id(), clock.instant().toString()), ZoneId.of(manifest.timeZone()), manifest.displayId());
            currentItemId = item.id();
            return true;
        } catch (SlideRenderException e) {
            // the previous frame stays on screen: a broken slide must never blank it; marketing hears of it by heartbeat
            LOG.warning("cannot render item " + item.id() + ": " + e.getMessage());
            renderErrors.record(item.id(), item.slideId(), item.slide() == null ? null : item.slide().templateId(),
                    e.getMessage(), clock.instant());
        } catch (IOException e) {
            LOG.warning("cannot output frame: " + e.getMessage());
            renderErrors.record(item.id(), item.slideId(), item.slide() == null ? null : item.slide().templateId(),
                    "cannot output frame: " + e.getMessage(), clock.instant());
        }
        return false;
    }

    /**
     * Starts a video item, from its cued first frame when it was prepared; false when it cannot play,
     * and the previous frame stays. (A decode error that comes later reaches the failure listener.)
     */
    private boolean showVideo(Manifest manifest, PlayItem item) {
        VideoClip clip = prepared != null && prepared.matches(manifest, item) && prepared.clip() != null
                ? prepared.clip() : verifiedClip(item).orElse(null);
        prepared = null;
        if (clip == null) {
            String problem = "video " + item.video().sha256() + " is missing from the cache or corrupt (deleted, fetched again at the next sync)";
            renderErrors.record(item.id(), null, "video", problem, clock.instant());
            playbackProblem(problem + " for item " + item.id() + "; the previous frame stays");
            return false;
        }
        FrameInfo info = new FrameInfo(FrameInfo.VIDEO, item.id(), null, item.campaignId(), manifest.version(),
                manifest.displayClass().id(), clock.instant().toString(), clip.sha256());
        output.storeZone(ZoneId.of(manifest.timeZone()));
        Optional<String> problem = output.video().play(clip, info);
        if (problem.isPresent()) {
            renderErrors.record(item.id(), null, "video", "cannot play video: " + problem.get(), clock.instant());
            playbackProblem("cannot play video item " + item.id() + " (" + problem.get() + "); the previous frame stays");
            return false;
        }
        currentItemId = item.id();
        return true;
    }

    /**
     * Prepares the item that follows while this one plays, so that at the boundary the switch is
     * only a hand-over: a slide is rendered (that can take hundreds of milliseconds; the gap must stay
     * under a frame), a video's file is hash-checked and the output cues it on its first frame (a cold
     * video start takes a few hundred milliseconds).
     */
    private void prepareNext(Manifest manifest, ManifestTimeline timeline, Play play) {
        prepared = null;
        Play next = timeline.playAt(play.end());
        PlayItem item = next == null ? null : next.item();
        if (item == null || (item.id().equals(play.item().id()) && !item.showsVideo())) {
            return;
        }
        if (item.showsVideo()) {
            // a missing or corrupt file is reported when the item is due, and the current frame stays
            verifiedClip(item).ifPresent(clip -> {
                output.video().cue(clip);
                prepared = new Prepared(manifest, item.id(), null, clip);
            });
            return;
        }
        try {
            prepared = new Prepared(manifest, item.id(), frames.render(item.slide(), manifest.displayClass()), null);
        } catch (SlideRenderException e) {
            // reported when the item is due, and the current frame stays
        }
    }

    private Optional<VideoClip> verifiedClip(PlayItem item) {
        String sha = item.video().sha256();
        Optional<Path> file = cache.verifiedFile(sha);
        return file.map(f -> new VideoClip(sha, f, Duration.ofMillis(item.video().durationMs()), Duration.ofMillis(item.durationMs())));
    }

    /** What was prepared for the next item: its frame, or its cued video. */
    private record Prepared(Manifest manifest, String itemId, ItemFrames.Rendered frame, VideoClip clip) {
        boolean matches(Manifest m, PlayItem item) {
            return manifest == m && itemId.equals(item.id());
        }
    }

    private void playbackProblem(String problem) {
        // a loop comes round every few minutes: the same problem is logged loudly once, the listener hears every one
        synchronized (loggedProblems) {
            LOG.log(loggedProblems.add(problem) ? Level.WARNING : Level.FINE, problem);
            if (loggedProblems.size() > 64) {
                loggedProblems.remove(loggedProblems.iterator().next());
            }
        }
        playbackProblems.accept(problem);
    }

    private void showPairing(String code) {
        DisplayClass cls = config.displayClass();
        SlideSpec spec = new SlideSpec("pairing-code", "en", Map.of("code", code,
                "instructions", "Pair this screen in Storefront Signage: Displays \u2192 Pair a display",
                "server", config.server().toString()), List.of());
        showSpecial(spec, cls, FrameInfo.PAIRING, null);
    }

    private void showIdle(Manifest manifest) {
        SlideSpec spec = new SlideSpec("welcome", "en", Map.of("greeting", "Welcome",
                "storeName", manifest.displayName() == null ? "" : manifest.displayName()), List.of());
        showSpecial(spec, manifest.displayClass(), FrameInfo.IDLE, manifest.version());
    }

    private void showSpecial(SlideSpec spec, DisplayClass cls, String kind, String version) {
        currentItemId = null;
        try {
            Manifest manifest = current.get();
            ItemFrames.Rendered frame = frames.render(spec, cls);
            lastFrame = frame.image() != null ? frame.image() : frame.panel().frame();
            frames.show(frame, new FrameInfo(kind, null, null, null, version, cls.id(), clock.instant().toString()),
                    manifest == null ? ZoneId.systemDefault() : ZoneId.of(manifest.timeZone()), manifest == null ? null : manifest.displayId());
        } catch (IOException | SlideRenderException e) {
            LOG.warning("cannot show " + kind + " screen: " + e.getMessage());
        }
    }

    // ---- shared ----

    private void wake() {
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    private void waitForChange(long millis) {
        // the playback thread alone drives the output, so work for it (a panel's full refresh) waits here
        for (FutureTask<?> task; (task = playbackTasks.poll()) != null; ) {
            task.run();
        }
        synchronized (changed) {
            if (!playbackTasks.isEmpty()) {
                return;
            }
            try {
                changed.wait(Math.max(1, millis));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                running = false;
            }
        }
    }

    /** Waits out an item's duration, cut short only by a new manifest. */
    private void holdWhileCurrent(Manifest manifest, long millis) {
        long deadline = System.nanoTime() / 1_000_000 + millis;
        while (running && current.get() == manifest) {
            long left = deadline - System.nanoTime() / 1_000_000;
            if (left <= 0) {
                return;
            }
            waitForChange(Math.min(left, 1000));
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(Math.max(1, millis));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }
}
