package com.storefront.signage.node;

import com.storefront.signage.core.render.SlideRenderer;

/**
 * Starts a player: {@code --server URL --data DIR --output DIR --display-class ID}. Headless: frames
 * are written as PNG under the output directory; an e-ink player can also drive a simulated panel
 * or an IT8951 ({@code --panel}).
 */
public final class PlayerMain {
    private PlayerMain() {
    }

    public static void main(String[] args) throws Exception {
        System.setProperty("java.awt.headless", "true");
        PlayerConfig config;
        try {
            config = PlayerConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        Player player = new Player(config, SlideRenderer.fromClassPath(), PlayerOutputs.of(config));
        Runtime.getRuntime().addShutdownHook(new Thread(player::close, "shutdown"));
        player.start();
        System.out.println("Player started; frames go to " + config.outputDir().toAbsolutePath());
        Thread.currentThread().join();
    }
}
