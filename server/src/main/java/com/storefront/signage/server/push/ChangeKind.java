package com.storefront.signage.server.push;

/**
 * What an edit changed, as far as screens are concerned. {@link #STORE} and {@link #DISPLAY} change
 * where a display stands (its store's zone, languages, region; its own name, zone, tags, token);
 * {@link #COMMAND} names a remote command waiting for its display's socket; every other kind
 * changes the schedule inputs an organisation's manifests are built from.
 */
public enum ChangeKind {
    CAMPAIGN,
    PLAYLIST,
    SLIDE,
    INTERRUPTION,
    ORGANISATION,
    STORE,
    DISPLAY,
    COMMAND;

    public boolean movesDisplays() {
        return this == STORE || this == DISPLAY;
    }
}
