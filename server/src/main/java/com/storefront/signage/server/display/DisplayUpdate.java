package com.storefront.signage.server.display;

import static com.storefront.signage.server.http.FieldError.require;

import java.util.List;

/** What a store manager or admin may change on a display after pairing. */
public record DisplayUpdate(String name, Zone zone, List<String> tags) {
    public DisplayUpdate {
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(zone != null, "zone", "is required: entrance, aisle, checkout, window or office");
        tags = tags == null ? List.of() : List.copyOf(tags);
        require(tags.stream().allMatch(t -> t.matches("[a-z0-9-]{1,40}")), "tags", "each tag is 1-40 of a-z, 0-9 and '-'");
    }
}
