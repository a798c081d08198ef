package com.storefront.signage.bench;

import com.storefront.signage.core.protocol.DisplayClass;
import com.storefront.signage.core.protocol.SlideSpec;
import com.storefront.signage.core.render.MediaSource;
import com.storefront.signage.core.render.SlideRenderer;
import com.storefront.signage.core.template.SlideSpecResolver;
import com.storefront.signage.core.template.StoreLocale;
import com.storefront.signage.core.template.TemplateCatalog;
import com.storefront.signage.core.template.TemplatePack;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.imageio.ImageIO;

/**
 * Renders every template in every display class in English, Arabic and Hebrew with sample values
 * through the one {@link SlideRenderer} the player and the server use, into {@code docs/templates},
 * and writes each pack's thumbnail (its HD landscape slide in English) next to its template.json.
 * {@code java -jar signage-bench.jar templates [--out docs/templates] [--thumbnails DIR]}
 */
final class TemplateGallery {
    private static final Map<String, StoreLocale> LOCALES = Map.of(
            "en", new StoreLocale("en-US", "USD"), "ar", new StoreLocale("ar-AE", "AED"), "he", new StoreLocale("he-IL", "ILS"));
    private static final List<String> LANGUAGES = List.of("en", "ar", "he");
    private static final int HD_WIDTH = 480;
    static final int THUMB_WIDTH = 320;

    private TemplateGallery() {
    }

    static void main(String[] args) throws IOException {
        Path out = Path.of(arg(args, "--out", "docs/templates"));
        Path thumbnails = Path.of(arg(args, "--thumbnails", "templates/src/main/resources/templates"));
        TemplateCatalog catalog = TemplateCatalog.fromClassPath();
        SlideRenderer renderer = new SlideRenderer(catalog);
        MediaSource media = TemplateGallery::sampleImage;
        List<String> rows = new ArrayList<>();
        int images = 0;
        for (TemplatePack pack : catalog.all()) {
            Map<String, Object> values = TemplateSamples.of(pack);
            Path dir = out.resolve(pack.id());
            Files.createDirectories(dir);
            StringBuilder row = new StringBuilder("| " + pack.name() + " (`" + pack.id() + "`) |");
            for (DisplayClass cls : DisplayClass.values()) {
                List<String> links = new ArrayList<>();
                for (String language : LANGUAGES) {
                    SlideSpec spec = SlideSpecResolver.resolve(pack, values, language, LOCALES.get(language));
                    BufferedImage frame = renderer.render(spec, cls, media);
                    String name = cls.id() + "-" + language + ".png";
                    write(scaled(frame, cls.isEink() && cls.width() <= 800 ? cls.width() : HD_WIDTH), dir.resolve(name));
                    links.add("[" + language + "](" + pack.id() + "/" + name + ")");
                    images++;
                    if (cls == DisplayClass.HD_LANDSCAPE && language.equals("en")) {
                        write(scaled(frame, THUMB_WIDTH), thumbnails.resolve(pack.id()).resolve("thumbnail.png"));
                    }
                }
                row.append(' ').append(String.join(" ", links)).append(" |");
            }
            rows.add(row.toString());
        }
        StringBuilder readme = new StringBuilder("# Template gallery\n\n")
                .append("Every template in every display class, in English, Arabic and Hebrew, rendered by the one `SlideRenderer` ")
                .append("the player and the server's preview use, with the sample values in `bench/.../TemplateSamples.java` and the ")
                .append("product images in `media/images`. E-ink classes are shown as the headless player shows them (reduced to the ")
                .append("panel's inks); HD and the 16-grey panel are scaled down to " + HD_WIDTH + " px wide. Regenerate with ")
                .append("`./bench/templates.sh`, which also writes each pack's `thumbnail.png`.\n\n| template |");
        for (DisplayClass cls : DisplayClass.values()) {
            readme.append(' ').append(cls.id()).append(" |");
        }
        readme.append("\n|---|").append("---|".repeat(DisplayClass.values().length)).append('\n');
        rows.forEach(r -> readme.append(r).append('\n'));
        Files.writeString(out.resolve("README.md"), readme);
        System.out.println("Template gallery: " + images + " images of " + catalog.all().size() + " templates in " + out.toAbsolutePath());
    }

    private static Optional<BufferedImage> sampleImage(String ref) {
        Path file = Path.of(TemplateSamples.imagePath(ref));
        try {
            return Files.exists(file) ? Optional.ofNullable(ImageIO.read(file.toFile())) : Optional.empty();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static BufferedImage scaled(BufferedImage frame, int width) {
        if (frame.getWidth() <= width) {
            return frame;
        }
        int height = Math.round(frame.getHeight() * (float) width / frame.getWidth());
        BufferedImage out = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
        g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
        g.drawImage(frame, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    private static void write(BufferedImage image, Path file) throws IOException {
        Files.createDirectories(file.getParent());
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    private static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }
}
