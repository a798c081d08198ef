package com.storefront.signage.server.push;

/**
 * Something that must hear of committed edits: the {@link HintHub}, and the caches that answer
 * players without PostgreSQL. Notices come from {@link ChangeListener} (every instance's edits,
 * through LISTEN); caches also hear this instance's own edits at once from {@link ChangeNotices},
 * so an edit is never answered with what it replaced on the instance that made it.
 */
public interface ChangeObserver {
    /** An edit somewhere (on any instance) changed what {@code notice} names. */
    void changed(ChangeNotice notice);

    /** The LISTEN connection dropped: notices sent from now on are lost until {@link #listening} is called again. */
    default void deaf() {
    }

    /**
     * Notices arrive from now on. {@code again}: the connection came back after dropping, and
     * whatever was announced meanwhile was missed.
     */
    default void listening(boolean again) {
    }
}
