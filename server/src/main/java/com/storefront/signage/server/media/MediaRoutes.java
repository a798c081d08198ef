package com.storefront.signage.server.media;

import com.storefront.signage.core.render.ImageDecoder;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

/**
 * Uploads and downloads media: PNG and JPEG images for slides, MP4 videos for video items. An
 * upload is checked before it is stored (an image decodes within the pixel limit; a video passes
 * {@link Mp4Inspector}), so a corrupt or cut-short file is refused with a reason and never reaches a screen.
 */
public final class MediaRoutes {
    static final Pattern SHA256 = Pattern.compile("[0-9a-f]{64}");
    private static final Set<String> TYPES = Set.of("image/png", "image/jpeg", MediaInfo.VIDEO);
    private static final Map<String, String> KINDS = Map.of("image", "image/", "video", "video/");

    private final Vertx vertx;
    private final MediaRepository media;

    public MediaRoutes(Vertx vertx, MediaRepository media) {
        this.vertx = vertx;
        this.media = media;
    }

    public void mount(Router router) {
        router.get("/api/v1/media").handler(this::handleList);
        router.post("/api/v1/media").handler(this::handleUpload);
        router.get("/api/v1/media/:sha256").handler(this::handleInfo);
        router.get("/api/v1/media/:sha256/content").handler(this::handleContent);
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        String kind = ctx.queryParams().get("kind");
        if (kind != null && !KINDS.containsKey(kind)) {
            throw ApiException.invalid("kind", "must be 'image' or 'video'");
        }
        media.list(p.organisationId(), kind == null ? "" : KINDS.get(kind), Page.Request.from(ctx))
                .onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleUpload(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.MARKETING);
        String type = String.valueOf(ctx.request().getHeader("Content-Type")).split(";")[0].trim();
        if (!TYPES.contains(type)) {
            throw new ApiException(415, "unsupported_media_type", "Content-Type", "upload image/png, image/jpeg or video/mp4, not " + type);
        }
        String name = ctx.queryParams().get("name");
        if (name == null || name.isBlank() || name.length() > 200) {
            throw ApiException.invalid("name", "give the file name as ?name=, at most 200 characters");
        }
        Buffer bytes = ctx.body().buffer();
        if (bytes == null || bytes.length() == 0) {
            throw ApiException.invalid("body", "the upload is empty");
        }
        vertx.executeBlocking(() -> inspect(bytes, name, type))
                .compose(info -> media.save(p.organisationId(), info, bytes).compose(isNew -> isNew
                        ? Future.succeededFuture(info)
                        // the same bytes were uploaded before: answer with what is stored, under its first name
                        : media.info(p.organisationId(), info.sha256()).map(stored -> stored.orElse(info)))
                        .map(stored -> {
                            JsonBodies.send(ctx, stored == info ? 201 : 200, stored);
                            return stored;
                        }))
                .onFailure(ctx::fail);
    }

    private static MediaInfo inspect(Buffer bytes, String name, String type) throws Exception {
        byte[] raw = bytes.getBytes();
        String sha = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(raw));
        if (type.equals(MediaInfo.VIDEO)) {
            try {
                Mp4Inspector.Mp4Info video = Mp4Inspector.inspect(raw);
                return new MediaInfo(sha, name, type, raw.length, video.width(), video.height(), video.durationMs());
            } catch (Mp4Inspector.InvalidVideoException e) {
                throw ApiException.invalid("body", "upload refused: " + e.getMessage());
            }
        }
        if (raw.length >= 8 && raw[4] == 'f' && raw[5] == 't' && raw[6] == 'y' && raw[7] == 'p') {
            throw ApiException.invalid("body", "upload refused: this is an MP4 video, not an image; upload it as video/mp4");
        }
        ImageDecoder.ImageInfo image;
        try {
            image = ImageDecoder.inspect(raw, ImageDecoder.DEFAULT_MAX_PIXELS);
            ImageDecoder.decode(raw, ImageDecoder.DEFAULT_MAX_PIXELS);
        } catch (ImageDecoder.InvalidImageException e) {
            throw ApiException.invalid("body", "upload refused: " + e.getMessage());
        }
        return new MediaInfo(sha, name, type, raw.length, image.width(), image.height(), null);
    }

    private void handleInfo(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        media.info(p.organisationId(), sha(ctx))
                .map(i -> i.orElseThrow(() -> ApiException.notFound("media")))
                .onSuccess(i -> JsonBodies.ok(ctx, i)).onFailure(ctx::fail);
    }

    private void handleContent(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        sendContent(ctx, media, p.organisationId(), sha(ctx));
    }

    /**
     * Media never changes under its hash, so clients may cache it forever, revalidate with the hash
     * as ETag, and resume an interrupted download with a Range request (If-Range guards the resume);
     * the web UI's {@code <video>} previews read a clip's header and seek the same way.
     */
    public static void sendContent(RoutingContext ctx, MediaRepository media, UUID organisationId, String sha) {
        String etag = "\"" + sha + "\"";
        Future<MediaInfo> info = media.info(organisationId, sha).map(i -> i.orElseThrow(() -> ApiException.notFound("media")));
        info.compose(i -> {
            ctx.response().putHeader("Cache-Control", "public, max-age=31536000, immutable")
                    .putHeader("ETag", etag).putHeader("Accept-Ranges", "bytes");
            if (etag.equals(ctx.request().getHeader("If-None-Match"))) {
                ctx.response().setStatusCode(304).end();
                return Future.succeededFuture(i);
            }
            String ifRange = ctx.request().getHeader("If-Range");
            ByteRange.Answer answer = ifRange != null && !ifRange.equals(etag) ? new ByteRange.Whole()
                    : ByteRange.resolve(ctx.request().getHeader("Range"), i.sizeBytes());
            if (answer instanceof ByteRange.Unsatisfiable) {
                ctx.response().setStatusCode(416).putHeader("Content-Range", "bytes */" + i.sizeBytes()).end();
                return Future.succeededFuture(i);
            }
            if (answer instanceof ByteRange.Partial partial) {
                ByteRange r = partial.range();
                return media.contentRange(organisationId, sha, r.start(), r.length()).map(c -> {
                    ctx.response().setStatusCode(206).putHeader("Content-Type", i.contentType())
                            .putHeader("Content-Range", r.contentRange(i.sizeBytes()))
                            .end(c.orElseThrow(() -> ApiException.notFound("media")));
                    return i;
                });
            }
            return media.content(organisationId, sha).map(c -> {
                ctx.response().putHeader("Content-Type", i.contentType()).end(c.orElseThrow(() -> ApiException.notFound("media")));
                return i;
            });
        }).onFailure(ctx::fail);
    }

    public static String sha(RoutingContext ctx) {
        String sha = ctx.pathParam("sha256");
        if (!SHA256.matcher(sha).matches()) {
            throw ApiException.notFound("media");
        }
        return sha;
    }
}
