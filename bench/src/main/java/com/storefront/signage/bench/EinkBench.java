package com.storefront.signage.bench;

import com.storefront.signage.core.eink.BatteryForecast;
import com.storefront.signage.core.eink.PanelProfile;
import com.storefront.signage.core.eink.PanelProfiles;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

/**
 * The e-ink render path over a scripted retail day on each of the four panel profiles, against a
 * naive full refresh on every wake; Floyd-Steinberg throughput against ImageMagick; and, with
 * {@code --gallery DIR}, the dithering gallery. Prints one table.
 */
final class EinkBench {
    static final ZoneId ZONE = ZoneId.of("Europe/Sofia");
    static final LocalDate DAY = LocalDate.of(2026, 11, 24);

    private EinkBench() {
    }

    static void main(String[] args) throws Exception {
        Locale.setDefault(Locale.ROOT);
        System.setProperty("java.awt.headless", "true");
        long seed = Long.parseLong(arg(args, "--seed", "17"));
        String gallery = arg(args, "--gallery", null);
        Table table = new Table("panel", "measure", "ours", "naive / ImageMagick", "ratio", "target", "met");

        for (PanelProfile profile : PanelProfiles.all()) {
            RetailDay.Result r = RetailDay.run(profile, ZONE, DAY, seed);
            dayRows(table, r);
        }

        PanelProfile grey = PanelProfiles.load(PanelProfiles.GRAY16_10IN3);
        BufferedImage photo = SyntheticPhoto.draw(grey.width(), grey.height(), 7);
        Path work = Files.createTempDirectory("eink-bench");
        DitherThroughput.Result d = DitherThroughput.run(grey, photo, work);
        ditherRows(table, d);

        List<String> written = gallery == null ? List.of() : EinkGallery.write(Path.of(gallery), seed);
        System.out.print(table.render());
        System.out.println();
        System.out.println("Retail day " + DAY + " in " + ZONE + ", one wake a minute, seed " + seed
                + "; naive = the profile's clean full mode on the whole frame every wake (wake + whole packed frame + refresh).");
        System.out.println("Battery assumptions: " + Batteries.describe());
        if (!d.imageMagick()) {
            System.out.println(d.problem());
        }
        if (gallery != null) {
            System.out.println("Gallery: " + written.size() + " files written to " + gallery + " (see its README.md).");
        }
    }

    private static void dayRows(Table t, RetailDay.Result r) {
        String p = r.profile().id();
        double skippedPct = r.unchanged() == 0 ? 100 : 100.0 * r.skippedUnchanged() / r.unchanged();
        t.row(p, "wakes (unchanged: same frame again)", r.wakes() + " (" + r.unchanged() + " unchanged)", r.wakes(), "", "", "");
        t.row(p, "skipped as unchanged", r.skippedUnchanged() + " (" + f1(skippedPct) + "% of unchanged)", "0", "",
                ">= 90%", met(skippedPct >= 90));
        t.row(p, "updates per day (clean)", r.updates() + " (" + r.cleanUpdates() + ")", r.wakes() + " (" + r.wakes() + ") " + r.naiveMode(),
                "", "", "");
        double areaRatio = (double) r.areaPixels() / r.naiveAreaPixels();
        t.row(p, "refreshed area per day (MP)", f2(r.areaPixels() / 1e6), f1(r.naiveAreaPixels() / 1e6), x(areaRatio),
                "<= 0.1x", met(areaRatio <= 0.1));
        t.row(p, "bytes moved per day (MB)", f3(r.bytes() / 1e6), f1(r.naiveBytes() / 1e6), x((double) r.bytes() / r.naiveBytes()),
                "", "");
        double energyRatio = r.millijoules() / r.naiveMillijoules();
        t.row(p, "energy per day (J)", f2(r.millijoules() / 1000), f1(r.naiveMillijoules() / 1000), x(energyRatio),
                "<= 0.1x", met(energyRatio <= 0.1));
        int limit = r.profile().partialLimit();
        t.row(p, "worst partial count on any tile", r.worstPartials(), "", "", "<= " + limit, met(r.worstPartials() <= limit));
        boolean big = r.profile().width() * r.profile().height() >= 1872 * 1404;
        t.row(p, "pipeline.wake p50 / p95 (ms)", f1(r.p50Millis()) + " / " + f1(r.p95Millis()), "", "",
                big ? "< 50 ms" : "", big ? met(r.p95Millis() < 50) : "");
        Batteries.Battery b = Batteries.of(r.profile());
        BatteryForecast forecast = BatteryForecast.of(b.milliwattHours(), r.profile());
        double ours = forecast.days(r.millijoules());
        double naive = forecast.days(r.naiveMillijoules());
        t.row(p, "battery life, " + b.name() + " (days)", f0(ours), f1(naive), f1(ours / naive) + "x longer", "", "");
    }

    private static void ditherRows(Table t, DitherThroughput.Result d) {
        String p = "FS 1872x1404 16-grey";
        if (!d.imageMagick()) {
            t.row(p, "ours (median of 9) vs convert -remap", f1(d.oursMillis()) + " ms", "convert missing", "", ">= 3x faster", "NO");
            return;
        }
        double whole = d.imRemapMillis() / d.oursMillis();
        double dither = d.imDitherMillis() / d.oursMillis();
        t.row(p, "ours vs convert -dither FloydSteinberg -remap (median 9 / 5)", f1(d.oursMillis()) + " ms",
                f1(d.imRemapMillis()) + " ms", f1(whole) + "x faster", ">= 3x faster", met(whole >= 3));
        t.row(p, "ImageMagick read only (convert photo.ppm null:)", "", f1(d.imReadMillis()) + " ms", "", "", "");
        t.row(p, "ours vs ImageMagick dithering only (remap - read)", f1(d.oursMillis()) + " ms",
                f1(d.imDitherMillis()) + " ms", f1(dither) + "x faster", ">= 3x faster", met(dither >= 3));
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        return fallback;
    }

    private static String met(boolean ok) {
        return ok ? "yes" : "NO";
    }

    private static String x(double ratio) {
        return ratio < 0.01 ? String.format("%.4fx", ratio) : String.format("%.3fx", ratio);
    }

    private static String f0(double v) {
        return String.format("%.0f", v);
    }

    private static String f1(double v) {
        return String.format("%.1f", v);
    }

    private static String f2(double v) {
        return String.format("%.2f", v);
    }

    private static String f3(double v) {
        return String.format("%.3f", v);
    }
}
