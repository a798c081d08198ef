#!/usr/bin/env bash
# All tests: unit, integration on embedded PostgreSQL, end to end with a real player, and the web UI
# in headless Chromium. Installs what a fresh Debian machine lacks first.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/require-tools.sh
mvn -B verify "$@"
