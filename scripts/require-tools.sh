#!/usr/bin/env bash
# Installs what a fresh Debian machine lacks for building, running and testing the project:
# a JDK 17+, Maven, Chromium with its driver for the browser tests, libvlc and ffmpeg for the HD
# player's video tests, and Xvfb for its window tests; with SIGNAGE_BENCH_TOOLS=1
# also ImageMagick, which the e-ink bench times its dithering against, and nginx, which the fleet
# bench serves the same manifest bytes with to compare its 304s.
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
# the HD player decodes video through libvlc 3 (vlcj loads libvlc.so.5); tests make clips with ffmpeg
ldconfig -p 2>/dev/null | grep -q 'libvlc\.so\.5' || need+=(libvlc5 vlc-plugin-base)
command -v ffmpeg >/dev/null 2>&1 || need+=(ffmpeg)
# the HD player's window tests need a display; test.sh starts a virtual one when there is none
{ command -v Xvfb && command -v xvfb-run; } >/dev/null 2>&1 || need+=(xvfb)
if [ "${SIGNAGE_BENCH_TOOLS:-}" = "1" ]; then
  # bench/eink.sh compares Floyd-Steinberg with ImageMagick's `convert -remap`
  [ -x /usr/bin/convert ] || need+=(imagemagick)
  # bench/fleet.sh compares manifest 304s with a throwaway nginx serving the same bytes
  [ -x /usr/sbin/nginx ] || need+=(nginx-light)
fi
if [ ${#need[@]} -gt 0 ]; then
  echo "Installing: ${need[*]}"
  if [ "$(id -u)" -eq 0 ]; then
    apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  else
    sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need[@]}"
  fi
fi
