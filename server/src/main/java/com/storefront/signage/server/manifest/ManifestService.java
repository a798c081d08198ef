package com.storefront.signage.server.manifest;

import com.storefront.signage.core.protocol.Manifest;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.server.display.Display;
import com.storefront.signage.server.display.DisplayRepository;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.schedule.ScheduleAssembler;
import com.storefront.signage.server.schedule.ScheduleLoader;
import com.storefront.signage.server.store.Store;
import com.storefront.signage.server.store.StoreRepository;
import io.vertx.core.Future;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** Loads what a display's manifest depends on and hands it to the pure {@link ManifestBuilder}. */
public final class ManifestService {
    private final DisplayRepository displays;
    private final StoreRepository stores;
    private final ScheduleLoader loader;
    private final TemplateCatalog catalog;
    private final ManifestBuilder builder = new ManifestBuilder();
    private final Clock clock;

    public ManifestService(DisplayRepository displays, StoreRepository stores, ScheduleLoader loader, TemplateCatalog catalog, Clock clock) {
        this.displays = displays;
        this.stores = stores;
        this.loader = loader;
        this.catalog = catalog;
        this.clock = clock;
    }

    public Future<Manifest> forDisplay(UUID organisationId, UUID displayId) {
        Instant now = clock.instant();
        Future<Display> display = displays.find(organisationId, displayId).map(d -> d.orElseThrow(() -> ApiException.notFound("display")));
        Future<Store> store = display.compose(d -> stores.find(organisationId, d.storeId()))
                .map(s -> s.orElseThrow(() -> ApiException.notFound("store")));
        // a day of slack: the store's day may have begun before the UTC one
        return store.compose(s -> loader.load(organisationId, now.minusSeconds(86_400), List.of()))
                .map(inputs -> builder.build(display.result(), store.result(), new ScheduleAssembler(catalog, inputs), now));
    }
}
