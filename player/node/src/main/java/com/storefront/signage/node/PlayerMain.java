package com.storefront.signage.node;

import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.node.play.PngDirectoryOutput;

/**
 * Starts a player: {@code --server URL --data DIR --output DIR --display-class ID}. Headless: frames
 * are written as PNG under the output directory.
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
        Player player = new Player(config, SlideRenderer.fromClassPath(), new PngDirectoryOutput(config.outputDir()));
        Runtime.getRuntime().addShutdownHook(new Thread(player::close, "shutdown"));
        player.start();
        System.out.println("Player started; frames go to " + config.outputDir().toAbsolutePath());
        Thread.currentThread().join();
    }
}
