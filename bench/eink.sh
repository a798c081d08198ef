#!/usr/bin/env bash
# Runs a scripted retail day (one wake a minute for 24 h in Europe/Sofia) on each of the four e-ink
# panel profiles through EinkPipeline and against a naive full refresh on every wake, times
# Floyd-Steinberg to the 16-grey palette against ImageMagick on the same 1872x1404 photo, writes
# the dithering gallery to docs/eink/, and prints one table. Extra arguments go to the benchmark,
# e.g. ./bench/eink.sh --seed 5 --gallery /tmp/gallery
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNAGE_SKIP_BROWSER_TOOLS=1 SIGNAGE_BENCH_TOOLS=1 source scripts/require-tools.sh
mvn -q -B -DskipTests -pl bench -am package
args=("$@")
case " $* " in
  *" --gallery "*) ;;
  *) args+=(--gallery docs/eink) ;;
esac
exec java -Xms1g -Xmx3g -Djava.awt.headless=true -jar bench/target/signage-bench.jar eink "${args[@]}"
