#!/usr/bin/env bash
# Push to a fleet of hint channels on a real server (child JVM, embedded PostgreSQL): server heap
# per idle socket, edit-to-hint latency, and the reconnect spread after a server restart. Prints one
# table. Extra arguments go to the benchmark, e.g. ./bench/push.sh --players 2000 --stores 50
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNAGE_SKIP_BROWSER_TOOLS=1 source scripts/require-tools.sh
mvn -q -B -DskipTests -pl bench -am package
exec java -Xmx1g -jar bench/target/signage-bench.jar push "$@"
