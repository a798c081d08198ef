#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building, running and testing the project:
# a JDK 17+, Maven, and Chromium with its driver for the browser tests; with SIGNAGE_BENCH_TOOLS=1
# also ImageMagick, which the e-ink bench times its dithering against.
# Sourced by demo.sh and .ci/run; does nothing when the tools are already there.
set -euo pipefail
need=()
command -v java >/dev/null 2>&1 || need+=(openjdk-17-jdk-headless)
command -v mvn >/dev/null 2>&1 || need+=(maven)
# embedded PostgreSQL runs as an unprivileged user through unshare when started as root
command -v unshare >/dev/null 2>&1 || need+=(util-linux)
if [ "${SIGNAGE_SKIP_BROWSER_TOOLS:-}" != "1" ]; then
  # the web UI's browser tests drive Debian's Chromium through chromedriver
  [ -x /usr/bin/chromium ] || need+=(chromium)
  [ -x /usr/bin/chromedriver ] || need+=(chromium-driver)
fi
if [ "${SIGNAGE_BENCH_TOOLS:-}" = "1" ]; then
  # bench/eink.sh compares Floyd-Steinberg with ImageMagick's `convert -remap`
  [ -x /usr/bin/convert ] || need+=(imagemagick)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
fi
