package com.storefront.signage.node.play;

/** What a frame shows: an item of the manifest, the pairing code, or the idle screen. */
public record FrameInfo(String kind, String itemId, String slideId, String campaignId, String manifestVersion,
                        String displayClass, String shownAt) {
    public static final String ITEM = "item";
    public static final String PAIRING = "pairing";
    public static final String IDLE = "idle";
}
