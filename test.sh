#!/usr/bin/env bash
# All tests: unit, integration on embedded PostgreSQL, end to end with a real player, the web UI
# in headless Chromium, and the HD player's video (libvlc) and window (Xvfb when there is no display).
# Installs what a fresh Debian machine lacks first.
set -euo pipefail
cd "$(dirname "$0")"
source scripts/require-tools.sh
# the HD player's window tests need a display (they fail, not skip, without one): on a machine
# without X, such as CI, run Maven inside a virtual framebuffer at the HD screen size
if [ -z "${DISPLAY:-}" ] && command -v xvfb-run >/dev/null 2>&1; then
  exec xvfb-run -a -s "-screen 0 1920x1080x24" mvn -B verify "$@"
fi
mvn -B verify "$@"
