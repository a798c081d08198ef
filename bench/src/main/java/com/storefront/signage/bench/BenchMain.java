package com.storefront.signage.bench;

import java.util.Arrays;

/** Entry point of the benchmark jar: {@code java -jar signage-bench.jar schedule|eink|render|templates|push|fleet [options]}. */
public final class BenchMain {
    private BenchMain() {
    }

    public static void main(String[] args) throws Exception {
        String which = args.length == 0 ? "" : args[0];
        String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
        switch (which) {
            case "schedule" -> ScheduleBench.main(rest);
            case "templates" -> TemplateGallery.main(rest);
            case "eink" -> EinkBench.main(rest);
            case "render" -> RenderBench.main(rest);
            case "render-heap-probe" -> HeapProbe.main(rest);
            case "push" -> PushBench.main(rest);
            case "push-server" -> PushServerMain.main(rest);
            case "render-video-screen" -> VideoOnScreen.main(rest);
            case "fleet" -> FleetBench.main(rest);
            default -> {
                System.err.println("usage: java -jar signage-bench.jar schedule [--displays N] [--campaigns N] [--changes N]\n"
                        + "       java -jar signage-bench.jar eink [--seed N] [--gallery DIR]\n"
                        + "       java -jar signage-bench.jar render [--runs N] [--items N]\n"
                        + "       java -jar signage-bench.jar templates [--out DIR] [--thumbnails DIR]\n"
                        + "       java -jar signage-bench.jar push [--players N] [--stores N]\n"
                        + "       java -jar signage-bench.jar fleet [--quick] [--players N] [--stores N] [--seconds N] [--lanes N]");
                System.exit(2);
            }
        }
    }
}
