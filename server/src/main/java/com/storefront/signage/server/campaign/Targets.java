package com.storefront.signage.server.campaign;

import static com.storefront.signage.server.http.FieldError.require;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.server.display.Zone;
import java.util.List;
import java.util.UUID;

/** Which displays a campaign reaches. Each list narrows the reach; an empty list means "any". */
public record Targets(List<UUID> storeIds, List<String> regions, List<String> tags,
                      List<DisplayClass> displayClasses, List<Zone> zones) {
    public static final Targets EVERYWHERE = new Targets(List.of(), List.of(), List.of(), List.of(), List.of());

    public Targets {
        storeIds = storeIds == null ? List.of() : List.copyOf(storeIds);
        regions = regions == null ? List.of() : List.copyOf(regions);
        tags = tags == null ? List.of() : List.copyOf(tags);
        displayClasses = displayClasses == null ? List.of() : List.copyOf(displayClasses);
        zones = zones == null ? List.of() : List.copyOf(zones);
        require(tags.stream().allMatch(t -> t.matches("[a-z0-9-]{1,40}")), "targets.tags", "each tag is 1-40 of a-z, 0-9 and '-'");
    }

    /** Whether a display in a store with these attributes is reached. Loops, not streams: a fleet asks this millions of times. */
    public boolean reaches(UUID storeId, String region, List<String> storeAndDisplayTags, DisplayClass displayClass, Zone zone) {
        if (!displayClasses.isEmpty() && !displayClasses.contains(displayClass)
                || !zones.isEmpty() && !zones.contains(zone)
                || !storeIds.isEmpty() && !storeIds.contains(storeId)
                || !regions.isEmpty() && !regions.contains(region)) {
            return false;
        }
        if (tags.isEmpty()) {
            return true;
        }
        for (String tag : tags) {
            if (storeAndDisplayTags.contains(tag)) {
                return true;
            }
        }
        return false;
    }
}
