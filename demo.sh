#!/usr/bin/env bash
# The demo: server on embedded PostgreSQL (data under ./data), a seeded organisation, and three
# simulated players writing their frames under ./demo-out. Prints the web address and login.
set -euo pipefail
cd "$(dirname "$0")"
SIGNAGE_SKIP_BROWSER_TOOLS=1 source scripts/require-tools.sh
echo "Building (the first run downloads dependencies) ..."
mvn -B -q -DskipTests install
exec java -jar demo/target/signage-demo.jar "$@"
