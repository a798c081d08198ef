package com.storefront.signage.server.http;

import com.storefront.signage.core.protocol.ProtocolJson;
import com.storefront.signage.server.metrics.ServerMetrics;
import io.vertx.core.Handler;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.HttpException;
import io.vertx.pgclient.PgException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.logging.Level;
import java.util.logging.Logger;

/** Turns every failure into a JSON error with the right status; unexpected ones are logged and hidden. */
public final class FailureHandler implements Handler<RoutingContext> {
    private static final Logger LOG = Logger.getLogger(FailureHandler.class.getName());
    private static final long OUTAGE_LOG_EVERY_NANOS = 5_000_000_000L;
    private final AtomicLong lastOutageLog = new AtomicLong();
    private final AtomicLong refusedSinceLog = new AtomicLong();
    private final long maxBodyBytes;
    private final long maxUploadBytes;

    private final ServerMetrics metrics;

    public FailureHandler(long maxBodyBytes, long maxUploadBytes, ServerMetrics metrics) {
        this.maxBodyBytes = maxBodyBytes;
        this.maxUploadBytes = maxUploadBytes;
        this.metrics = metrics;
    }

    @Override
    public void handle(RoutingContext ctx) {
        Throwable failure = ctx.failure();
        ErrorBody body;
        int status;
        if (failure instanceof ApiException api) {
            status = api.status();
            body = new ErrorBody(api.code(), api.field(), api.getMessage());
        } else if (failure instanceof FieldError fe) {
            status = 400;
            body = new ErrorBody("invalid", fe.field(), fe.getMessage());
        } else if (failure instanceof PgException pg && "23505".equals(pg.getSqlState())) {
            status = 409;
            body = new ErrorBody("conflict", pg.getConstraint(), "already exists: " + pg.getDetail());
        } else if (failure instanceof PgException pg && "23503".equals(pg.getSqlState())) {
            status = 409;
            body = new ErrorBody("conflict", pg.getConstraint(), "still in use or refers to something missing: " + pg.getDetail());
        } else if (DatabaseUnavailable.is(failure)) {
            // PostgreSQL restarting or failing over: the pool reconnects by itself; the client should retry shortly
            status = 503;
            body = new ErrorBody("database_unavailable", null, "the database is unavailable for a moment; "
                    + "retry in a few seconds (if this was a change, it may or may not have been saved: check before repeating it)");
            logOutage(ctx, failure);
            metrics.databaseUnavailable();
            ctx.response().putHeader("Retry-After", String.valueOf(DatabaseUnavailable.RETRY_AFTER_SECONDS));
        } else {
            status = failure instanceof HttpException http ? http.getStatusCode() : ctx.statusCode();
            if (status < 400) {
                status = 500;
            }
            body = status == 413 && "/api/v1/media".equals(ctx.normalizedPath()) ? uploadTooLarge() : forStatus(status, failure);
        }
        if (ctx.response().ended()) {
            return;
        }
        metrics.error(status);
        ctx.response().setStatusCode(status)
                .putHeader("Content-Type", "application/json; charset=utf-8")
                .putHeader("Cache-Control", "no-store")
                .end(io.vertx.core.buffer.Buffer.buffer(ProtocolJson.write(body)));
    }

    /** In megabytes, as a file manager shows the file, and naming the setting for whoever runs the server. */
    private ErrorBody uploadTooLarge() {
        long mib = 1024 * 1024;
        String mb = maxUploadBytes % mib == 0 ? String.valueOf(maxUploadBytes / mib)
                : String.format(java.util.Locale.ROOT, "%.1f", maxUploadBytes / (double) mib);
        return new ErrorBody("payload_too_large", "body", "the upload is larger than the limit of " + mb + " MB (" + maxUploadBytes
                + " bytes, set by SIGNAGE_MAX_UPLOAD_BYTES): shorten the video or encode it at a lower bitrate");
    }

    /** One line per few seconds during an outage, with how many requests it refused meanwhile, not one per request. */
    private void logOutage(RoutingContext ctx, Throwable failure) {
        long now = System.nanoTime();
        long last = lastOutageLog.get();
        refusedSinceLog.incrementAndGet();
        if ((last == 0 || now - last > OUTAGE_LOG_EVERY_NANOS) && lastOutageLog.compareAndSet(last, now)) {
            LOG.warning("database unavailable: answered 503 to " + refusedSinceLog.getAndSet(0) + " request(s) since the last report, "
                    + "latest " + ctx.request().method() + " " + ctx.request().path() + ": " + failure);
        }
    }

    private ErrorBody forStatus(int status, Throwable failure) {
        return switch (status) {
            case 400 -> new ErrorBody("bad_request", null, "the request could not be read");
            case 401 -> new ErrorBody("unauthorized", null, "log in or present a device token");
            case 403 -> new ErrorBody("forbidden", null, "not allowed");
            case 404 -> new ErrorBody("not_found", null, "no such resource");
            case 405 -> new ErrorBody("method_not_allowed", null, "method not allowed on this resource");
            case 413 -> new ErrorBody("payload_too_large", null,
                    "request body is larger than the limit: " + maxBodyBytes + " bytes for JSON, "
                    + maxUploadBytes + " bytes for media uploads");
            case 415 -> new ErrorBody("unsupported_media_type", null, "send application/json");
            default -> {
                LOG.log(Level.SEVERE, "request failed", failure);
                yield new ErrorBody("internal", null, "internal error; it has been logged");
            }
        };
    }
}
