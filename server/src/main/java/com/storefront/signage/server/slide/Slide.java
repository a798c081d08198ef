package com.storefront.signage.server.slide;

import java.util.Map;
import java.util.UUID;

/** A filled-in template: field values, localized ones per language. */
public record Slide(UUID id, String name, String templateId, Map<String, Object> fields) {
}
