package com.storefront.signage.core.template;

import java.util.Objects;

/**
 * One field of a template's schema. {@code localized} text fields take one value per language
 * (or one string for all); every other field takes one value shared by all languages.
 */
public record FieldSpec(
        String name,
        FieldType type,
        String label,
        boolean required,
        int maxLength,
        boolean localized) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (maxLength <= 0) {
            maxLength = type == FieldType.URL ? 2000 : 200;
        }
        if (label == null) {
            label = name;
        }
    }
}
