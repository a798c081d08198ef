package com.storefront.signage.server.pairing;

import static com.storefront.signage.server.http.FieldError.require;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.server.display.Zone;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

/** An admin types the code a new screen shows and says where the screen is. */
public record ClaimRequest(String code, UUID storeId, String name, Zone zone, DisplayClass displayClass, List<String> tags) {
    public ClaimRequest {
        require(code != null && code.trim().length() == 6, "code", "is the 6-character code shown on the screen");
        code = code.trim().toUpperCase(Locale.ROOT);
        require(storeId != null, "storeId", "is required");
        require(name != null && !name.isBlank() && name.length() <= 100, "name", "is required, at most 100 characters");
        require(zone != null, "zone", "is required: entrance, aisle, checkout, window or office");
        tags = tags == null ? List.of() : List.copyOf(tags);
        require(tags.stream().allMatch(t -> t.matches("[a-z0-9-]{1,40}")), "tags", "each tag is 1-40 of a-z, 0-9 and '-'");
    }
}
