package com.storefront.signage.core.template;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** The kinds of value a template field takes; each knows how it is checked and resolved. */
public enum FieldType {
    TEXT, MONEY, PERCENT, DATE, IMAGE, URL,
    /** One of the field's {@code options}, e.g. a stock level; shown however the template words it. */
    CHOICE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static FieldType of(String id) {
        return valueOf(id.toUpperCase(Locale.ROOT));
    }
}
