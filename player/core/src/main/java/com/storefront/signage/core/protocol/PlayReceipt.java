package com.storefront.signage.core.protocol;

/** The server's answer to a {@link PlayBatch}: how many plays it received, how many were new, and how many it already had. */
public record PlayReceipt(int received, int inserted, int duplicates) {
    public PlayReceipt {
        if (received < 0 || inserted < 0 || duplicates < 0 || inserted + duplicates != received) {
            throw new IllegalArgumentException("a receipt's inserted and duplicates must add up to received");
        }
    }
}
