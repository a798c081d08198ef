package com.storefront.signage.node.command;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.Optional;

/** What the player does for each remote command; implemented by the player, called on its sync thread. */
public interface CommandActions {
    /** Fetches the manifest without its ETag and shows the current item again; returns a line for the audit trail. */
    String reload() throws IOException;

    /** Deletes cached media the manifest does not need, re-checks what it needs and fetches what is missing or corrupt. */
    String clearCache() throws IOException;

    /** Runs a clean full refresh of an e-ink panel now; fails on other outputs. */
    String fullRefresh() throws IOException;

    /** The frame on screen now, if any. */
    Optional<BufferedImage> frame();

    /** Ends the process with {@link CommandRunner#RESTART_STATUS} so its supervisor starts it again; after the answer is sent. */
    void restart();
}
