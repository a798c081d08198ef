#!/usr/bin/env bash
# Renders every template in every display class in English, Arabic and Hebrew into docs/templates/
# (with an index in its README.md) and writes each template pack's thumbnail.png. Extra arguments
# go to the generator, e.g. ./bench/templates.sh --out /tmp/gallery
set -euo pipefail
cd "$(dirname "$0")/.."
SIGNAGE_SKIP_BROWSER_TOOLS=1 source scripts/require-tools.sh
mvn -q -B -DskipTests -pl bench -am package
exec java -Djava.awt.headless=true -jar bench/target/signage-bench.jar templates "$@"
