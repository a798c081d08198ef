package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import java.util.LinkedHashMap;
import java.util.Map;

/** One English slide per shipped template, filled with {@link TemplateSamples}' values. */
final class SampleSlides {
    private static final StoreLocale STORE = new StoreLocale("en-US", "USD");

    private SampleSlides() {
    }

    static Map<String, SlideSpec> english(TemplateCatalog catalog) {
        Map<String, SlideSpec> slides = new LinkedHashMap<>();
        for (TemplatePack pack : catalog.all()) {
            slides.put(pack.id(), SlideSpecResolver.resolve(pack, TemplateSamples.of(pack), "en", STORE));
        }
        return slides;
    }
}
