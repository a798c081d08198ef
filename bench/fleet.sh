#!/usr/bin/env bash
# A fleet of simulated players (default 10,000: a WebSocket each and manifest fetches over HTTP)
# against the real server in a child JVM on embedded PostgreSQL, on loopback; manifest 304s next to
# a throwaway nginx serving the same bytes. Prints one table. ./bench/fleet.sh --quick tries it
# with 1,000 players; other options: --players N --stores N --seconds N --lanes N
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNAGE_SKIP_BROWSER_TOOLS=1 SIGNAGE_BENCH_TOOLS=1 source scripts/require-tools.sh
# a socket is a file: 10,000 players need 10,000 descriptors in the simulator and as many in the server
ulimit -Hn 65536 2>/dev/null || true
ulimit -n "$(ulimit -Hn)" 2>/dev/null || true
mvn -q -B -DskipTests -pl bench -am package
exec java -Xmx2g -jar bench/target/signage-bench.jar fleet "$@"
