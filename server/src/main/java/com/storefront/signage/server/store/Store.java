package com.storefront.signage.server.store;

import java.util.List;
import java.util.UUID;

/** A shop: where its displays are, which time zone its schedules run in, which languages its shoppers read. */
public record Store(UUID id, String name, String timeZone, String region, List<String> tags,
                   List<String> languages, String locale, String currency) {
}
