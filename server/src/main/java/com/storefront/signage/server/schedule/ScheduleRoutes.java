package com.storefront.signage.server.schedule;

import com.storefront.signage.core.schedule.Layer;
import com.storefront.signage.core.schedule.Play;
import com.storefront.signage.core.schedule.ScheduleEntry;
import com.storefront.signage.core.schedule.Segment;
import com.storefront.signage.core.schedule.Timeline;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.campaign.Campaign;
import com.storefront.signage.server.campaign.CampaignRepository;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.store.Store;
import com.storefront.signage.server.store.StoreRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.sqlclient.Pool;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * The questions marketing asks of the schedule: "what will display D show between t1 and t2"
 * (segments and the exact plays) and "where and when will campaign C play" (with warnings when it
 * never can). Resolution runs on a worker thread: a year-long campaign over a big fleet is real work.
 */
public final class ScheduleRoutes {
    private static final int MAX_PLAYS = 5000;
    private final Vertx vertx;
    private final Pool pool;
    private final DisplayRepository displays;
    private final StoreRepository stores;
    private final CampaignRepository campaigns;
    private final ScheduleLoader loader;
    private final TemplateCatalog catalog;
    private final Clock clock;

    private final double minBatteryDays;

    public ScheduleRoutes(Vertx vertx, Pool pool, DisplayRepository displays, StoreRepository stores, CampaignRepository campaigns,
                          ScheduleLoader loader, TemplateCatalog catalog, Clock clock, double minBatteryDays) {
        this.minBatteryDays = minBatteryDays;
        this.vertx = vertx;
        this.pool = pool;
        this.displays = displays;
        this.stores = stores;
        this.campaigns = campaigns;
        this.loader = loader;
        this.catalog = catalog;
        this.clock = clock;
    }

    public void mount(Router router) {
        router.get("/api/v1/displays/:displayId/timeline").handler(this::handleTimeline);
        router.get("/api/v1/campaigns/:campaignId/reach").handler(this::handleReach);
    }

    public record EntryRef(String id, String name, Layer layer) {
    }

    public record SegmentView(Instant start, Instant end, Layer layer, List<EntryRef> entries) {
    }

    public record PlayView(Instant start, Instant end, String entryId, String entryName, Layer layer, String itemId,
                           String slideId, String templateId, String language) {
    }

    public record TimelineView(UUID displayId, String displayName, String timeZone, Instant from, Instant to,
                               List<SegmentView> segments, List<PlayView> plays, boolean playsTruncated) {
    }

    private void handleTimeline(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "displayId", "display");
        TimeWindow window = TimeWindow.of(ctx, clock.instant(), Duration.ofHours(1), Duration.ofDays(8));
        displays.find(p.organisationId(), id)
                .map(d -> d.orElseThrow(() -> ApiException.notFound("display")))
                .compose(d -> {
                    p.requireStore(d.storeId());
                    return stores.find(p.organisationId(), d.storeId()).map(s -> s.orElseThrow(() -> ApiException.notFound("store")))
                            .compose(s -> loader.load(p.organisationId(), window.from().minusSeconds(86_400), List.of())
                                    .compose(inputs -> vertx.executeBlocking(() -> timeline(d, s, inputs, window))));
                })
                .onSuccess(view -> JsonBodies.ok(ctx, view)).onFailure(ctx::fail);
    }

    private TimelineView timeline(Display display, Store store, ScheduleInputs inputs, TimeWindow window) {
        List<ScheduleEntry> entries = new ScheduleAssembler(catalog, inputs).entries(display, store);
        Map<String, ScheduleEntry> byId = new HashMap<>();
        entries.forEach(e -> byId.put(e.id(), e));
        Timeline timeline = Timeline.resolve(entries, ZoneId.of(store.timeZone()), window.from(), window.to());
        List<SegmentView> segments = timeline.segments().stream()
                .filter(s -> s.end().isAfter(window.from()) && s.start().isBefore(window.to()))
                .map(s -> new SegmentView(max(s.start(), window.from()), min(s.end(), window.to()), s.layer(),
                        s.entryIds().stream().map(byId::get).map(e -> new EntryRef(e.id(), e.name(), e.layer())).toList()))
                .toList();
        List<Play> plays = timeline.plays(window.from(), window.to());
        List<PlayView> views = plays.stream().limit(MAX_PLAYS)
                .map(pl -> new PlayView(pl.start(), pl.end(), pl.entryId(), byId.get(pl.entryId()).name(), pl.layer(),
                        pl.item().id(), pl.item().slideId(), pl.item().showsVideo() ? "video" : pl.item().slide().templateId(),
                        pl.item().showsVideo() ? null : pl.item().slide().language()))
                .toList();
        return new TimelineView(display.id(), display.name(), store.timeZone(), window.from(), window.to(), segments, views,
                plays.size() > MAX_PLAYS);
    }

    private void handleReach(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "campaignId", "campaign");
        TimeWindow window = TimeWindow.of(ctx, clock.instant(), Duration.ofDays(7), Duration.ofDays(92));
        campaigns.find(p.organisationId(), id)
                .map(c -> c.orElseThrow(() -> ApiException.notFound("campaign")))
                .map(c -> {
                    // as for the campaign itself: a store manager sees only campaigns aimed at their stores alone
                    if (p.role() == Role.STORE_MANAGER) {
                        if (c.targets().storeIds().isEmpty()) {
                            throw ApiException.forbidden("this campaign reaches stores that are not yours");
                        }
                        p.requireStores(c.targets().storeIds());
                    }
                    return c;
                })
                .compose(c -> reach(p, c, window))
                .onSuccess(report -> JsonBodies.ok(ctx, report)).onFailure(ctx::fail);
    }

    private Future<CampaignReach.Report> reach(Principal p, Campaign campaign, TimeWindow window) {
        Future<List<Display>> fleet = DisplayRepository.all(pool, p.organisationId())
                .map(all -> all.stream().filter(d -> p.managesStore(d.storeId())).toList());
        Future<List<Store>> shops = StoreRepository.all(pool, p.organisationId());
        Future<ScheduleInputs> inputs = loader.load(p.organisationId(), window.from().minusSeconds(86_400), List.of(campaign));
        return Future.all(fleet, shops, inputs).compose(all -> vertx.executeBlocking(() -> {
            Map<UUID, Store> byId = new HashMap<>();
            shops.result().forEach(s -> byId.put(s.id(), s));
            return CampaignReach.of(campaign, fleet.result(), byId, new ScheduleAssembler(catalog, inputs.result()),
                    window.from(), window.to(), minBatteryDays);
        }));
    }

    private static Instant max(Instant a, Instant b) {
        return a.isAfter(b) ? a : b;
    }

    private static Instant min(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
