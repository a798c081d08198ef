package com.storefront.signage.server.device;

import com.storefront.signage.server.http.ApiException;
import io.vertx.ext.web.RoutingContext;
import java.util.UUID;

/** The display a device token belongs to. */
public record DeviceIdentity(UUID displayId, UUID organisationId, UUID storeId) {
    static final String KEY = "device";

    public static DeviceIdentity of(RoutingContext ctx) {
        DeviceIdentity d = ctx.get(KEY);
        if (d == null) {
            throw ApiException.unauthorized("present the device token as a Bearer token");
        }
        return d;
    }
}
