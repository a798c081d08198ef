package com.storefront.signage.bench;

import com.storefront.signage.core.eink.DitherMethod;
import com.storefront.signage.core.eink.DitherRegion;
import com.storefront.signage.core.eink.IndexedFrame;
import com.storefront.signage.core.eink.PaletteQuantizer;
import com.storefront.signage.core.eink.PalettePreview;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import com.storefront.signage.core.eink.PanelUpdate;
import com.storefront.signage.node.eink.SimulatedPanel;
import java.awt.Color;
import java.awt.Font;
import java.awt.font.TextAttribute;
import java.awt.font.TextLayout;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.IndexColorModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.AttributedString;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import javax.imageio.ImageIO;

/**
 * The dithering gallery: every {@link DitherMethod} on a photo for the 16-grey, the black/white/red
 * label and the six-colour palettes, and Arabic and Hebrew text drawn without anti-aliasing and
 * quantised with {@link DitherMethod#NONE}, each shown in the measured inks
 * ({@link PalettePreview}) and stored as a small indexed PNG, with a README listing them.
 */
final class EinkGallery {
    static final int PHOTO_W = 480;
    static final int PHOTO_H = 320;
    static final int TEXT_W = 480;
    static final int TEXT_H = 120;
    static final String ARABIC = "عرض خاص ٢٥٪";
    static final String HEBREW = "מבצע מיוחד 25%";

    private EinkGallery() {
    }

    /** Writes the gallery and returns the files written, relative to {@code dir}. */
    static List<String> write(Path dir, long seed) throws Exception {
        Files.createDirectories(dir);
        List<String> lines = new ArrayList<>();
        List<String> files = new ArrayList<>();
        BufferedImage photo = SyntheticPhoto.draw(PHOTO_W, PHOTO_H, 7);
        png(photo, dir.resolve("photo-source.png"));
        files.add("photo-source.png");
        lines.add("| `photo-source.png` | the synthetic photo (seed 7, " + PHOTO_W + "x" + PHOTO_H + ", 24-bit) every photo below starts from |");
        for (String id : List.of(PanelProfiles.GRAY16_10IN3, PanelProfiles.BWR_2IN9, PanelProfiles.SPECTRA6_7IN3)) {
            PanelProfile profile = sized(PanelProfiles.load(id), PHOTO_W, PHOTO_H);
            for (DitherMethod method : DitherMethod.values()) {
                IndexedFrame frame = PaletteQuantizer.quantize(photo, profile,
                        List.of(new DitherRegion(profile.bounds(), method)));
                String name = "photo-" + shortName(id) + "-" + method.name().toLowerCase().replace('_', '-') + ".png";
                indexedPng(PalettePreview.toImage(frame, profile), profile, dir.resolve(name));
                files.add(name);
                lines.add("| `" + name + "` | photo, " + method + ", " + PanelProfiles.load(id).name() + " palette |");
            }
        }
        for (String id : List.of(PanelProfiles.GRAY16_10IN3, PanelProfiles.BWR_2IN9, PanelProfiles.SPECTRA6_7IN3)) {
            PanelProfile profile = sized(PanelProfiles.load(id), TEXT_W, TEXT_H);
            Color ink = ink(profile, id.equals(PanelProfiles.GRAY16_10IN3) ? "grey-0" : "red");
            for (String[] text : List.of(new String[] {"arabic", ARABIC, "NotoSansArabic-Regular.ttf"},
                    new String[] {"hebrew", HEBREW, "NotoSansHebrew-Regular.ttf"})) {
                BufferedImage drawn = text(profile, text[1], Fonts.load(text[2]).deriveFont(56f), ink);
                IndexedFrame frame = PaletteQuantizer.quantize(drawn, profile, List.of());
                String name = "text-" + text[0] + "-" + shortName(id) + ".png";
                indexedPng(PalettePreview.toImage(frame, profile), profile, dir.resolve(name));
                files.add(name);
                lines.add("| `" + name + "` | \"" + text[1] + "\" in " + text[2].replace(".ttf", "")
                        + ", no anti-aliasing, NONE (nearest ink), " + PanelProfiles.load(id).name() + " palette |");
            }
        }
        // the same text in a grey no ink matches, through every method: why text is reduced with NONE
        PanelProfile label = sized(PanelProfiles.load(PanelProfiles.BWR_2IN9), TEXT_W, TEXT_H);
        for (String[] text : List.of(new String[] {"arabic", ARABIC, "NotoSansArabic-Regular.ttf"},
                new String[] {"hebrew", HEBREW, "NotoSansHebrew-Regular.ttf"})) {
            BufferedImage drawn = text(label, text[1], Fonts.load(text[2]).deriveFont(56f), new Color(0x5a5a5a));
            for (DitherMethod method : DitherMethod.values()) {
                IndexedFrame frame = PaletteQuantizer.quantize(drawn, label, List.of(new DitherRegion(label.bounds(), method)));
                String name = "text-" + text[0] + "-grey-bwr-" + method.name().toLowerCase().replace('_', '-') + ".png";
                indexedPng(PalettePreview.toImage(frame, label), label, dir.resolve(name));
                files.add(name);
                lines.add("| `" + name + "` | \"" + text[1] + "\" in a grey (#5a5a5a) that is no ink, " + method
                        + ", black/white/red label palette: only NONE keeps the glyphs solid |");
            }
        }
        for (PanelProfile profile : PanelProfiles.all()) {
            StoreCatalogue store = new StoreCatalogue(seed);
            for (int minute = 0; minute <= 12 * 60; minute++) {
                store.advance(minute);
            }
            RetailScene scene = new RetailScene(profile);
            IndexedFrame frame = PaletteQuantizer.quantize(scene.render(store), profile, scene.regions());
            String name = "scene-" + profile.id() + ".png";
            indexedPng(PalettePreview.toImage(frame, profile), profile, dir.resolve(name));
            files.add(name);
            lines.add("| `" + name + "` | the retail-day frame at 12:00 on " + profile.name()
                    + " (text NONE, promotion photo FLOYD_STEINBERG), native resolution |");
        }
        String glassNote = glass(dir, seed, files, lines);
        StringBuilder readme = new StringBuilder();
        readme.append("# E-ink gallery\n\n")
                .append("Written by `./bench/eink.sh` (`java -jar bench/target/signage-bench.jar eink --gallery docs/eink`). ")
                .append("Every image is what the glass would show: the frame quantised by `PaletteQuantizer` and painted in the ")
                .append("panel's measured inks by `PalettePreview.toImage`, stored as an indexed PNG (the source photo and the glass are 24-bit). Photos are ")
                .append(PHOTO_W).append("x").append(PHOTO_H).append(" versions of the bench's synthetic photo; text is drawn with ")
                .append("the shipped Noto fonts (`media/fonts`) without anti-aliasing and quantised with `NONE`, so it stays crisp.\n\n")
                .append(glassNote).append("\n\n")
                .append("| file | what |\n| --- | --- |\n");
        lines.forEach(l -> readme.append(l).append('\n'));
        Files.writeString(dir.resolve("README.md"), readme.toString());
        files.add("README.md");
        return files;
    }

    /**
     * Drives {@link SimulatedPanel} with every update of the 800x480 black/white panel's retail day
     * and keeps its glass (measured inks plus ghosting) after the first paint and after the day.
     */
    private static String glass(Path dir, long seed, List<String> files, List<String> lines) throws Exception {
        PanelProfile profile = PanelProfiles.load(PanelProfiles.BW_7IN5);
        SimulatedPanel panel = SimulatedPanel.inMemory(profile,
                Clock.fixed(EinkBench.DAY.atStartOfDay(EinkBench.ZONE).toInstant(), EinkBench.ZONE));
        RetailDay.run(profile, EinkBench.ZONE, EinkBench.DAY, seed, (minute, now, wake) -> {
            for (PanelUpdate update : wake.updates()) {
                panel.apply(update, wake.frame());
            }
            if (minute == 0) {
                png(panel.glassImage(), dir.resolve("glass-bw-7in5-before.png"));
            }
        });
        png(panel.glassImage(), dir.resolve("glass-bw-7in5-after.png"));
        files.add("glass-bw-7in5-before.png");
        files.add("glass-bw-7in5-after.png");
        lines.add("| `glass-bw-7in5-before.png` | `SimulatedPanel` glass of the 800x480 black/white panel after the first paint at 00:00 |");
        lines.add("| `glass-bw-7in5-after.png` | the same glass at 23:59, after the retail day's partial (DU) updates since the 03:00 clean refresh |");
        return String.format("The simulated glass (`com.storefront.signage.node.eink.SimulatedPanel`, fed every update of the "
                + "800x480 black/white panel's retail day, seed %d): %d updates, %.1f J of updates and transfers; at the end of the day "
                + "at most %d partials on a pixel since the 03:00 clean refresh and a highest ghost level of %.3f. The glass PNGs are "
                + "24-bit, since ghosting blends the inks.",
                seed, panel.totals().updates(), panel.totals().millijoules() / 1000,
                panel.maxPartialsSinceClean(), panel.maxGhostLevel());
    }

    private static String shortName(String id) {
        return switch (id) {
            case PanelProfiles.GRAY16_10IN3 -> "gray16";
            case PanelProfiles.BWR_2IN9 -> "bwr";
            case PanelProfiles.SPECTRA6_7IN3 -> "spectra6";
            default -> id;
        };
    }

    /** The profile's palette and packing at another size, so a crop can be quantised on its own. */
    static PanelProfile sized(PanelProfile p, int width, int height) {
        return new PanelProfile(p.id() + "-" + width + "x" + height, p.name(), width, height, p.bitsPerPixel(), p.palette(),
                p.partialRefresh(), p.modes(), p.fastAlignment(), p.alignment(), p.partialLimit(), p.tileSize(),
                p.wakeMillijoules(), p.transferMillijoulesPerKilobyte(), p.sleepMicrowatts());
    }

    private static Color ink(PanelProfile profile, String name) {
        return profile.palette().stream().filter(c -> c.name().equals(name)).findFirst()
                .map(c -> new Color(c.argb() & 0xFFFFFF)).orElse(new Color(profile.palette().get(0).argb() & 0xFFFFFF));
    }

    private static BufferedImage text(PanelProfile profile, String s, Font font, Color ink) {
        BufferedImage image = new BufferedImage(profile.width(), profile.height(), BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_OFF);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_OFF);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, image.getWidth(), image.getHeight());
            g.setColor(ink);
            // the script fonts lack Latin digits and signs: those characters fall back to Noto Sans
            Font latin = Fonts.load("NotoSans-Regular.ttf").deriveFont(font.getSize2D());
            AttributedString styled = new AttributedString(s);
            for (int i = 0; i < s.length(); i++) {
                styled.addAttribute(TextAttribute.FONT, font.canDisplay(s.charAt(i)) ? font : latin, i, i + 1);
            }
            TextLayout layout = new TextLayout(styled.getIterator(), g.getFontRenderContext());
            float width = layout.getAdvance();
            float baseline = (image.getHeight() + layout.getAscent() - layout.getDescent()) / 2;
            // right-to-left text sits against the right edge
            layout.draw(g, image.getWidth() - width - 16, baseline);
        } finally {
            g.dispose();
        }
        return image;
    }

    private static void png(BufferedImage image, Path file) throws IOException {
        if (!ImageIO.write(image, "png", file.toFile())) {
            throw new IOException("no PNG writer");
        }
    }

    /** Re-encodes a preview (only the profile's inks) as a 1, 2 or 4-bit indexed PNG. */
    static void indexedPng(BufferedImage preview, PanelProfile profile, Path file) throws IOException {
        int n = profile.palette().size();
        int bits = n <= 2 ? 1 : n <= 4 ? 2 : 4;
        byte[] r = new byte[n];
        byte[] g = new byte[n];
        byte[] b = new byte[n];
        Map<Integer, Integer> index = new HashMap<>();
        for (int i = 0; i < n; i++) {
            int rgb = profile.palette().get(i).argb() & 0xFFFFFF;
            r[i] = (byte) (rgb >> 16);
            g[i] = (byte) (rgb >> 8);
            b[i] = (byte) rgb;
            index.putIfAbsent(rgb, i);
        }
        BufferedImage out = new BufferedImage(preview.getWidth(), preview.getHeight(), BufferedImage.TYPE_BYTE_BINARY,
                new IndexColorModel(bits, n, r, g, b));
        var raster = out.getRaster();
        for (int y = 0; y < preview.getHeight(); y++) {
            for (int x = 0; x < preview.getWidth(); x++) {
                Integer i = index.get(preview.getRGB(x, y) & 0xFFFFFF);
                if (i == null) {
                    throw new IllegalStateException("pixel (" + x + ", " + y + ") is not one of " + profile.id() + "'s inks");
                }
                raster.setSample(x, y, 0, i);
            }
        }
        png(out, file);
    }

}
