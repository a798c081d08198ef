package com.storefront.signage.node.play;

/**
 * What a frame shows: an item of the manifest (a slide, or a video named by {@code videoSha256}),
 * the pairing code, or the idle screen.
 */
public record FrameInfo(String kind, String itemId, String slideId, String campaignId, String manifestVersion,
                        String displayClass, String shownAt, String videoSha256) {
    public static final String ITEM = "item";
    public static final String VIDEO = "video";
    public static final String PAIRING = "pairing";
    public static final String IDLE = "idle";

    /** A frame that is not a video's. */
    public FrameInfo(String kind, String itemId, String slideId, String campaignId, String manifestVersion,
                     String displayClass, String shownAt) {
        this(kind, itemId, slideId, campaignId, manifestVersion, displayClass, shownAt, null);
    }
}
