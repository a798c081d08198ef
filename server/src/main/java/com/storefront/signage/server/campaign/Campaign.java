package com.storefront.signage.server.campaign;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.schedule.Daypart;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * A schedule of content for the displays its targets reach: between two dates local to each
 * store, in its dayparts except on its exception dates, at a priority, sharing the screen with
 * campaigns of the same priority by weight, optionally capped to a number of plays per hour.
 * {@code contentByClass} gives a display class its own playlist; {@code playlistId} is the fallback.
 * {@code revision} counts every change; the history keeps each one.
 */
public record Campaign(UUID id, String name, CampaignStatus status, int revision, UUID playlistId,
                       Map<String, UUID> contentByClass, LocalDate startDate, LocalDate endDate,
                       List<Daypart> dayparts, List<LocalDate> exceptions, int priority, int weight,
                       Integer maxPlaysPerHour, Targets targets) {

    public Campaign {
        contentByClass = contentByClass == null ? Map.of() : Map.copyOf(contentByClass);
        dayparts = dayparts == null ? List.of() : List.copyOf(dayparts);
        exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    }

    /** The playlist a display of this class plays. */
    public UUID playlistFor(DisplayClass displayClass) {
        return contentByClass.getOrDefault(displayClass.id(), playlistId);
    }

    public Campaign withStatus(CampaignStatus next, int nextRevision) {
        return new Campaign(id, name, next, nextRevision, playlistId, contentByClass, startDate, endDate, dayparts,
                exceptions, priority, weight, maxPlaysPerHour, targets);
    }
}
