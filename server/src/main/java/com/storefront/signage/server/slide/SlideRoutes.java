package com.storefront.signage.server.slide;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.ImageDecoder;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.FieldProblem;
import com.storefront.signage.core.template.FieldType;
import com.storefront.signage.core.template.SlideFieldValidator;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import com.storefront.signage.server.auth.Principal;
import com.storefront.signage.server.auth.Role;
import com.storefront.signage.server.http.ApiException;
import com.storefront.signage.server.http.Ids;
import com.storefront.signage.server.http.JsonBodies;
import com.storefront.signage.server.http.Page;
import com.storefront.signage.server.media.MediaRepository;
import io.vertx.core.Future;
import io.vertx.core.Vertx;
import io.vertx.core.buffer.Buffer;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Collectors;
import javax.imageio.ImageIO;

/**
 * Templates and slides. Field values are checked against the template's schema and every image
 * they name must be uploaded; a preview renders with the same code as the player.
 */
public final class SlideRoutes {
    private final Vertx vertx;
    private final SlideRepository slides;
    private final MediaRepository media;
    private final TemplateCatalog catalog;
    private final SlideRenderer renderer;

    public SlideRoutes(Vertx vertx, SlideRepository slides, MediaRepository media, TemplateCatalog catalog, SlideRenderer renderer) {
        this.vertx = vertx;
        this.slides = slides;
        this.media = media;
        this.catalog = catalog;
        this.renderer = renderer;
    }

    public void mount(Router router) {
        router.get("/api/v1/templates").handler(this::handleTemplates);
        router.get("/api/v1/templates/:templateId/thumbnail").handler(this::handleThumbnail);
        router.get("/api/v1/slides").handler(this::handleList);
        router.post("/api/v1/slides").handler(this::handleCreate);
        router.get("/api/v1/slides/:slideId").handler(this::handleGet);
        router.put("/api/v1/slides/:slideId").handler(this::handleReplace);
        router.get("/api/v1/slides/:slideId/preview").handler(this::handlePreview);
    }

    private void handleTemplates(RoutingContext ctx) {
        Principal.of(ctx);
        List<TemplatePack> all = catalog.all();
        JsonBodies.ok(ctx, new Page<>(all, all.size(), all.size(), 0));
    }

    private void handleThumbnail(RoutingContext ctx) {
        Principal.of(ctx);
        byte[] png = catalog.thumbnail(ctx.pathParam("templateId")).orElseThrow(() -> ApiException.notFound("template"));
        // thumbnails change only with a new release of the server
        ctx.response().putHeader("Content-Type", "image/png").putHeader("Cache-Control", "private, max-age=3600")
                .end(io.vertx.core.buffer.Buffer.buffer(png));
    }

    private void handleList(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        slides.list(p.organisationId(), Page.Request.from(ctx)).onSuccess(page -> JsonBodies.ok(ctx, page)).onFailure(ctx::fail);
    }

    private void handleGet(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        slides.find(p.organisationId(), Ids.path(ctx, "slideId", "slide"))
                .map(s -> s.orElseThrow(() -> ApiException.notFound("slide")))
                .onSuccess(s -> JsonBodies.ok(ctx, s)).onFailure(ctx::fail);
    }

    private void handleCreate(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.MARKETING);
        SlideInput in = JsonBodies.read(ctx, SlideInput.class);
        checked(p, in).compose(x -> slides.create(p.organisationId(), in))
                .onSuccess(s -> JsonBodies.created(ctx, s)).onFailure(ctx::fail);
    }

    private void handleReplace(RoutingContext ctx) {
        Principal p = Principal.of(ctx).require(Role.ADMIN, Role.MARKETING);
        UUID id = Ids.path(ctx, "slideId", "slide");
        SlideInput in = JsonBodies.read(ctx, SlideInput.class);
        checked(p, in).compose(x -> slides.update(p.organisationId(), id, in))
                .map(s -> s.orElseThrow(() -> ApiException.notFound("slide")))
                .onSuccess(s -> JsonBodies.ok(ctx, s)).onFailure(ctx::fail);
    }

    /** Schema problems are reported all at once, the first one's field named for the form to focus. */
    private Future<Void> checked(Principal p, SlideInput in) {
        TemplatePack pack = catalog.find(in.templateId())
                .orElseThrow(() -> ApiException.invalid("templateId", "unknown template '" + in.templateId() + "'"));
        List<FieldProblem> problems = SlideFieldValidator.validate(pack, in.fields());
        if (!problems.isEmpty()) {
            return Future.failedFuture(ApiException.invalid(problems.get(0).field(), problems.stream()
                    .map(pr -> pr.field() + " " + pr.message()).collect(Collectors.joining("; "))));
        }
        List<String> images = pack.fields().stream().filter(f -> f.type() == FieldType.IMAGE)
                .map(f -> in.fields().get(f.name())).filter(v -> v instanceof String s && !s.isBlank())
                .map(String::valueOf).toList();
        return media.missingImages(p.organisationId(), images).compose(missing -> missing.isEmpty() ? Future.succeededFuture()
                : Future.failedFuture(ApiException.invalid("fields", "no uploaded image with sha256 " + missing.get(0))));
    }

    private void handlePreview(RoutingContext ctx) {
        Principal p = Principal.of(ctx);
        UUID id = Ids.path(ctx, "slideId", "slide");
        DisplayClass cls = DisplayClass.find(Optional.ofNullable(ctx.queryParams().get("displayClass")).orElse("hd-landscape"))
                .orElseThrow(() -> ApiException.invalid("displayClass", "must be one of " + String.join(", ", DisplayClass.ids())));
        String language = Optional.ofNullable(ctx.queryParams().get("language")).orElse("en");
        if (!language.matches("[a-z]{2,3}")) {
            throw ApiException.invalid("language", "must be a language code like 'en' or 'ar'");
        }
        String localeTag = Optional.ofNullable(ctx.queryParams().get("locale")).orElse("en-US");
        if (java.util.Locale.forLanguageTag(localeTag).getLanguage().isEmpty()) {
            throw ApiException.invalid("locale", "must be a locale such as ar-AE");
        }
        String currency = Optional.ofNullable(ctx.queryParams().get("currency")).orElse("USD");
        try {
            java.util.Currency.getInstance(currency);
        } catch (IllegalArgumentException e) {
            throw ApiException.invalid("currency", "must be an ISO 4217 code such as EUR");
        }
        StoreLocale locale = new StoreLocale(localeTag, currency);
        slides.find(p.organisationId(), id)
                .map(s -> s.orElseThrow(() -> ApiException.notFound("slide")))
                .map(s -> SlideSpecResolver.resolve(catalog.get(s.templateId()), s.fields(), language, locale))
                .compose(spec -> media.contents(p.organisationId(), spec.media()).compose(bytes -> png(spec, cls, bytes)))
                .onSuccess(png -> ctx.response().putHeader("Content-Type", "image/png").putHeader("Cache-Control", "no-store").end(png))
                .onFailure(ctx::fail);
    }

    /** Rendering is CPU work: it runs on a worker thread, never on the event loop. */
    private Future<Buffer> png(SlideSpec spec, DisplayClass cls, Map<String, Buffer> bytes) {
        return vertx.executeBlocking(() -> {
            Map<String, BufferedImage> images = new HashMap<>();
            for (Map.Entry<String, Buffer> e : bytes.entrySet()) {
                images.put(e.getKey(), ImageDecoder.decode(e.getValue().getBytes(), ImageDecoder.DEFAULT_MAX_PIXELS));
            }
            BufferedImage frame = renderer.render(spec, cls, sha -> Optional.ofNullable(images.get(sha)));
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(frame, "png", out);
            return Buffer.buffer(out.toByteArray());
        });
    }
}
