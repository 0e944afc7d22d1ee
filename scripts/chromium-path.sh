#!/usr/bin/env bash
# Prints the path of a Chromium (or Chrome) for the browser tests and
# benchmarks: $CHROMIUM_PATH, one on PATH, or the macOS app. On Debian/Ubuntu
# with apt (as root or with password-less sudo) it installs the distribution's
# `chromium` package when none is found. Never downloads a browser build.
set -euo pipefail

if [ -n "${CHROMIUM_PATH:-}" ]; then echo "$CHROMIUM_PATH"; exit 0; fi
find_browser() {
  for name in chromium chromium-browser google-chrome google-chrome-stable; do
    command -v "$name" && return 0
  done
  for app in "/Applications/Chromium.app/Contents/MacOS/Chromium" \
             "/Applications/Google Chrome.app/Contents/MacOS/Google Chrome"; do
    [ -x "$app" ] && echo "$app" && return 0
  done
  return 1
}
find_browser && exit 0

if command -v apt-get >/dev/null 2>&1; then
  sudo=""
  [ "$(id -u)" -eq 0 ] || { sudo -n true 2>/dev/null && sudo="sudo -n"; }
  if [ "$(id -u)" -eq 0 ] || [ -n "$sudo" ]; then
    echo "installing Debian's chromium for the browser tests" >&2
    $sudo apt-get update -qq >&2 && DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq chromium >&2
    find_browser && exit 0
  fi
fi
echo "No Chromium found: install it (Debian: apt-get install chromium; macOS: Google Chrome)" >&2
echo "or set CHROMIUM_PATH to a Chromium/Chrome binary." >&2
exit 1
