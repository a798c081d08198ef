package com.storefront.signage.core.protocol;

import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Everything needed to render one slide for one display, with no lookups left:
 * field values are already resolved for {@code language} and money already formatted.
 * The server's preview and the player's frame are both rendered from this record.
 */
public record SlideSpec(
        String templateId,
        String language,
        Map<String, String> fields,
        List<String> media) {

    public SlideSpec {
        Objects.requireNonNull(templateId, "templateId");
        Objects.requireNonNull(language, "language");
        fields = Map.copyOf(fields);
        media = List.copyOf(media);
    }
}
