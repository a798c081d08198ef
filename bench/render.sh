#!/usr/bin/env bash
# Times SlideRenderer per template at 1920x1080 and at 3840x2160 (the HD layout painted at 2x),
# measures the gap between consecutive image items with the next frame rendered ahead and rendered
# at the switch, times video start cold (play() to first frame, libvlc; needs ffmpeg) and pre-rolled (cued on its first frame,
# switch to frame drawable, and to the first flip on a ScreenOutput under Xvfb), and runs child JVMs capped at -Xmx128m (HD) and -Xmx48m (e-ink) that play slides
# with 3840x2160 product images; prints one table. Takes about two minutes. Extra arguments go to
# the benchmark, e.g. ./bench/render.sh --runs 50 --items 100
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNAGE_SKIP_BROWSER_TOOLS=1 source scripts/require-tools.sh
mvn -q -B -DskipTests -pl bench -am package
exec java -Xms512m -Xmx2g -Djava.awt.headless=true -jar bench/target/signage-bench.jar render "$@"
