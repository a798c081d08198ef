package com.storefront.signage.server.display;

import com.storefront.signage.core.protocol.DisplayClass;
import java.util.List;
import java.util.UUID;

/** A paired screen or e-ink panel in a store. */
public record Display(UUID id, UUID storeId, String name, DisplayClass displayClass, Zone zone,
                      List<String> tags, boolean revoked, String lastSeenAt, Long clockSkewMs) {
}
