package com.storefront.signage.node.proof;

import com.storefront.signage.core.protocol.PlayRecord;

/** A finished play read back from the journal, with the display it was recorded as. */
record JournaledPlay(String displayId, PlayRecord record) {
}
