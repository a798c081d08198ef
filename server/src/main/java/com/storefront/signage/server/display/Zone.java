package com.storefront.signage.server.display;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Locale;

/** Where in the store a display hangs; campaigns target zones (welcome at the entrance, thank-you at checkout). */
public enum Zone {
    ENTRANCE, AISLE, CHECKOUT, WINDOW, OFFICE;

    @JsonValue
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    @JsonCreator
    public static Zone of(String id) {
        return Arrays.stream(values()).filter(z -> z.id().equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown zone '" + id + "', expected entrance, aisle, checkout, window or office"));
    }
}
