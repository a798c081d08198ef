package com.storefront.signage.core.schedule;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;

/** Who gets the screen, highest first: a higher layer interrupts every lower one while it is active. */
public enum Layer {
    EMERGENCY("emergency"),
    OVERRIDE("override"),
    CAMPAIGN("campaign"),
    DEFAULT("default");

    private final String id;

    Layer(String id) {
        this.id = id;
    }

    @JsonValue
    public String id() {
        return id;
    }

    @JsonCreator
    public static Layer of(String id) {
        return Arrays.stream(values()).filter(l -> l.id.equals(id)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown layer '" + id + "', expected one of emergency, override, campaign, default"));
    }

    /** Whether this layer wins over {@code other}. */
    public boolean above(Layer other) {
        return ordinal() < other.ordinal();
    }
}
