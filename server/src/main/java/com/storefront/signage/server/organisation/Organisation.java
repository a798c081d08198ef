package com.storefront.signage.server.organisation;

import java.util.UUID;

/** The retailer; its default playlist is what a display plays when no campaign reaches it. */
public record Organisation(UUID id, String name, UUID defaultPlaylistId) {
}
