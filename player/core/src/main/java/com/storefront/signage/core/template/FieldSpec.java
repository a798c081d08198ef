package com.storefront.signage.core.template;

import java.util.List;
import java.util.Objects;

/**
 * One field of a template's schema. {@code localized} text fields take one value per language
 * (or one string for all); every other field takes one value shared by all languages. A
 * {@code choice} field takes exactly one of its {@code options}, which are ids, not wording:
 * the template decides how each one is shown in each language.
 */
public record FieldSpec(
        String name,
        FieldType type,
        String label,
        boolean required,
        int maxLength,
        boolean localized,
        List<String> options) {

    public FieldSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (maxLength <= 0) {
            maxLength = type == FieldType.URL ? 2000 : 200;
        }
        if (label == null) {
            label = name;
        }
        options = options == null ? List.of() : List.copyOf(options);
        if (type == FieldType.CHOICE && (options.isEmpty() || localized)) {
            throw new IllegalArgumentException("choice field '" + name + "' needs options and cannot be localized");
        }
        if (type != FieldType.CHOICE && !options.isEmpty()) {
            throw new IllegalArgumentException("field '" + name + "' has options but is not a choice");
        }
    }

    public FieldSpec(String name, FieldType type, String label, boolean required, int maxLength, boolean localized) {
        this(name, type, label, required, maxLength, localized, List.of());
    }
}
