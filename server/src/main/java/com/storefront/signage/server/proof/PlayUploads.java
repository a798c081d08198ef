package com.storefront.signage.server.proof;

import com.storefront.signage.core.protocol.PlayReceipt;
import com.storefront.signage.core.protocol.PlayRecord;
import com.storefront.signage.server.device.DeviceIdentity;
import com.storefront.signage.server.http.JsonBodies;
import io.vertx.ext.web.RoutingContext;
import java.util.List;

/**
 * {@code POST /api/v1/device/plays}: a display's proof of play. The whole batch goes in one
 * statement that skips keys the display already sent, so the answer says how many plays were new
 * and how many were duplicates, and sending a batch again changes nothing.
 */
public final class PlayUploads {
    private final PlayRepository plays;

    public PlayUploads(PlayRepository plays) {
        this.plays = plays;
    }

    public void handle(RoutingContext ctx) {
        DeviceIdentity device = DeviceIdentity.of(ctx);
        List<PlayRecord> batch = PlayBatchReader.read(ctx);
        plays.insert(device.displayId(), device.organisationId(), device.storeId(), batch)
                .onSuccess(inserted -> JsonBodies.ok(ctx, new PlayReceipt(batch.size(), inserted, batch.size() - inserted)))
                .onFailure(ctx::fail);
    }
}
