package com.storefront.signage.node;

import com.storefront.signage.core.render.SlideRenderer;

/**
 * Starts a player: {@code --server URL --data DIR --output DIR --display-class ID}. Headless: frames
 * are written as PNG under the output directory; an e-ink player can also drive a simulated panel
 * or an IT8951 ({@code --panel}); an HD player shows frames full screen with {@code --screen}.
 */
public final class PlayerMain {
    private PlayerMain() {
    }

    public static void main(String[] args) throws Exception {
        PlayerConfig config;
        try {
            config = PlayerConfig.parse(args);
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return;
        }
        // only a screen player needs the window system; everything else renders off screen, also without X
        System.setProperty("java.awt.headless", Boolean.toString(!config.screen()));
        Player player = new Player(config, SlideRenderer.fromClassPath(), PlayerOutputs.of(config));
        Runtime.getRuntime().addShutdownHook(new Thread(player::close, "shutdown"));
        player.start();
        System.out.println(config.screen() ? "Player started on screen"
                : "Player started; frames go to " + config.outputDir().toAbsolutePath());
        Thread.currentThread().join();
    }
}
