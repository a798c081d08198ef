#!/usr/bin/env bash
# Resolves 7-day timelines for a synthetic fleet (default 10,000 displays, 2,000 campaigns), in full
# and incrementally after single campaign edits, and prints one table. Extra arguments go to the
# benchmark, e.g. ./bench/schedule.sh --displays 2000 --campaigns 500
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNAGE_SKIP_BROWSER_TOOLS=1 source scripts/require-tools.sh
mvn -q -B -DskipTests -pl bench -am package
exec java -Xms2g -Xmx4g -jar bench/target/signage-bench.jar schedule "$@"
