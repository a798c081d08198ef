package com.storefront.signage.core.protocol;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.Arrays;
import java.util.Optional;

/**
 * A remote command an operator can send to a player. {@link #FULL_REFRESH} means something only
 * on e-ink panels (a clean full refresh clears ghosting); the server refuses it for other classes.
 */
public enum CommandType {
    @JsonProperty("reload") RELOAD("reload"),
    @JsonProperty("screenshot") SCREENSHOT("screenshot"),
    @JsonProperty("restart") RESTART("restart"),
    @JsonProperty("clear_cache") CLEAR_CACHE("clear_cache"),
    @JsonProperty("full_refresh") FULL_REFRESH("full_refresh");

    private final String id;

    CommandType(String id) {
        this.id = id;
    }

    public String id() {
        return id;
    }

    public static Optional<CommandType> of(String id) {
        return Arrays.stream(values()).filter(t -> t.id.equals(id)).findFirst();
    }
}
