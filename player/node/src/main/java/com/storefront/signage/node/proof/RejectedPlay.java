package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.PlayRecord;

/** A play the server will never take, kept on the player with the reason rather than thrown away. */
record RejectedPlay(String displayId, PlayRecord play, String reason) {
}
