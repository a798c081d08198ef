package com.storefront.signage.core.template;

import com.storefront.signage.core.protocol.DisplayClass;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A slide template: its field schema and one FreeMarker layout source per display class
 * (several classes may share a source, which then reads {@code width} and {@code height}).
 */
public record TemplatePack(
        String id,
        String name,
        String description,
        List<FieldSpec> fields,
        Map<String, String> variants) {

    public TemplatePack {
        Objects.requireNonNull(id, "id");
        fields = List.copyOf(fields);
        variants = Map.copyOf(variants);
    }

    public Optional<FieldSpec> field(String name) {
        return fields.stream().filter(f -> f.name().equals(name)).findFirst();
    }

    /** The layout source for a display class; every shipped pack covers every class. */
    public String variantFor(DisplayClass displayClass) {
        String source = variants.get(displayClass.id());
        if (source == null) {
            throw new SlideRenderException("template '" + id + "' has no variant for " + displayClass.id());
        }
        return id + "/" + source;
    }
}
