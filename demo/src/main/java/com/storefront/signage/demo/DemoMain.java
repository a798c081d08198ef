package com.storefront.signage.demo;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.Player;
import com.storefront.signage.node.PlayerConfig;
import com.storefront.signage.node.PlayerOutputs;
import com.storefront.signage.server.ServerConfig;
import com.storefront.signage.server.SignageServer;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * One command for a newcomer: the server on embedded PostgreSQL, a seeded demo organisation, and
 * three simulated players (HD, 16-gray e-ink, shelf label) that pair through the real flow and
 * write their frames under {@code ./demo-out}.
 */
public final class DemoMain {
    private static final String DEMO_PASSWORD = "storefront-demo";

    private record SimulatedPlayer(String name, String store, DisplayClass displayClass, String zone) {
    }

    private static final List<SimulatedPlayer> PLAYERS = List.of(
            new SimulatedPlayer("hd-dubai-entrance", "Dubai Mall", DisplayClass.HD_LANDSCAPE, "entrance"),
            new SimulatedPlayer("eink-telaviv-aisle", "Tel Aviv Dizengoff", DisplayClass.EINK_GRAY16, "aisle"),
            new SimulatedPlayer("label-sofia-shelf", "Sofia Center", DisplayClass.EINK_BWR_LABEL, "aisle"));

    private DemoMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        Map<String, String> env = new HashMap<>(System.getenv());
        env.putIfAbsent("SIGNAGE_ADMIN_EMAIL", "admin@example.com");
        env.putIfAbsent("SIGNAGE_ADMIN_PASSWORD", DEMO_PASSWORD);
        ServerConfig config = ServerConfig.fromEnvironment(env);
        Path out = Path.of(env.getOrDefault("SIGNAGE_DEMO_OUT", "demo-out"));

        System.out.println("Starting Storefront Signage (embedded PostgreSQL under " + config.dataDir().resolve("pg") + ") ...");
        SignageServer server = SignageServer.start(config);
        String base = "http://localhost:" + server.port();
        DemoApi api = new DemoApi(base);
        api.post("/api/v1/auth/login", Map.of("email", config.adminEmail(), "password", config.adminPassword().orElse(DEMO_PASSWORD)));
        DemoSeed.Seeded seeded = new DemoSeed(api).run();

        SlideRenderer renderer = SlideRenderer.fromClassPath();
        for (SimulatedPlayer p : PLAYERS) {
            Path frames = out.resolve(p.name());
            // e-ink players drive a simulated panel (glass.png with ghosting, updates.jsonl) and run on a battery:
            // the label on two CR2450 cells (3600 mWh), the 10.3" sign on a 5000 mAh Li-ion pack (18500 mWh)
            boolean eink = p.displayClass().isEink();
            Double battery = !eink ? null : p.displayClass() == DisplayClass.EINK_BWR_LABEL ? 3600.0 : 18_500.0;
            PlayerConfig pc = new PlayerConfig(URI.create(base), config.dataDir().resolve("players").resolve(p.name()), frames,
                    p.displayClass(), Duration.ofSeconds(10), eink ? PlayerConfig.Panel.SIMULATED : PlayerConfig.Panel.NONE,
                    battery, null);
            Player player = new Player(pc, renderer, PlayerOutputs.of(pc));
            player.start();
            Runtime.getRuntime().addShutdownHook(new Thread(player::close));
            claimWhenAsked(api, player, seeded.storeIds().get(p.store()), p);
        }
        Runtime.getRuntime().addShutdownHook(new Thread(server::close));

        System.out.println();
        System.out.println("  Storefront Signage demo is running");
        System.out.println("  Web UI:   " + base + "/");
        System.out.println("  Login:    " + config.adminEmail() + " / " + config.adminPassword().orElse(DEMO_PASSWORD));
        System.out.println("  Frames:   " + out.toAbsolutePath() + "/<player>/current.png (and items/*.png)");
        System.out.println("  E-ink:    " + out.toAbsolutePath() + "/<player>/panel/glass.png and updates.jsonl (simulated panels)");
        System.out.println("  API:      " + base + "/api/v1/openapi.json");
        System.out.println("  Stop with Ctrl-C; data persists under " + config.dataDir().toAbsolutePath());
        Thread.currentThread().join();
    }

    /** A player that has never been paired shows a code; the demo types it in, as an admin would. */
    private static void claimWhenAsked(DemoApi api, Player player, String storeId, SimulatedPlayer p) throws Exception {
        long deadline = System.currentTimeMillis() + 15_000;
        while (System.currentTimeMillis() < deadline) {
            if (player.manifest().isPresent()) {
                return;
            }
            var code = player.pairingCode();
            if (code.isPresent()) {
                api.post("/api/v1/pairing/claim", Map.of("code", code.get(), "storeId", storeId,
                        "name", p.name(), "zone", p.zone(), "displayClass", p.displayClass().id()));
                System.out.println("  paired " + p.name() + " with code " + code.get());
                return;
            }
            Thread.sleep(200);
        }
        System.out.println("  " + p.name() + " is still waiting for the server; it keeps trying");
    }
}
