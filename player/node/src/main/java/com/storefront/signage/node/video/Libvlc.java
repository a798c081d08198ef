package com.storefront.signage.node.video;

import uk.co.caprica.vlcj.factory.MediaPlayerFactory;
import uk.co.caprica.vlcj.factory.discovery.NativeDiscovery;

/** Finds the machine's libvlc and makes an instance of it: the slow part of a video's first start. */
final class Libvlc {
    /** No window system and no sound: frames go to memory only, so this works under a headless JVM too. */
    static final String[] OPTIONS = {"--no-audio", "--no-xlib", "--quiet", "--intf=dummy"};

    private Libvlc() {
    }

    /** @throws IllegalStateException when libvlc is not installed, naming the Debian packages it needs */
    static MediaPlayerFactory newFactory() {
        if (!new NativeDiscovery().discover()) {
            throw new IllegalStateException("libvlc not found: install libvlc 3.x (Debian: apt-get install libvlc5 "
                    + "vlc-plugin-base) or run scripts/require-tools.sh");
        }
        return new MediaPlayerFactory(OPTIONS);
    }
}
